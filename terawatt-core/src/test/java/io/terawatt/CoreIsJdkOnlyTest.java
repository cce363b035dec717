package io.terawatt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.supply.plan.LpSolvers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * terawatt-core depends on the JDK only (CONSTITUTION MUST 3): its classes use nothing but the JDK
 * and each other, its pom declares no dependency outside the test scope, and its tests run without
 * any LP solver back end (those live in terawatt-solvers, behind the LpSolver port).
 */
@AnalyzeClasses(packages = "io.terawatt", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsJdkOnlyTest {

  @ArchTest
  static final ArchRule coreClassesUseOnlyTheJdkAndEachOther =
      classes()
          .that()
          .resideInAPackage("io.terawatt..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.terawatt..", "")
          .because("terawatt-core depends on the JDK only at run time (CONSTITUTION MUST 3)");

  @Test
  void corePomDeclaresTestScopedDependenciesOnly() throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile())
            .getDocumentElement();
    List<String> notTestScoped = new ArrayList<>();
    for (Element dependencies : children(project, "dependencies")) {
      for (Element dependency : children(dependencies, "dependency")) {
        String scope = text(dependency, "scope");
        if (!"test".equals(scope)) {
          notTestScoped.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
      }
    }
    assertThat(notTestScoped).as("compile or runtime dependencies of terawatt-core").isEmpty();
  }

  @Test
  void noSolverBackEndIsOnCoresClassPath() {
    assertThat(LpSolvers.names()).as("LP back ends found by ServiceLoader").isEmpty();
    assertThatThrownBy(() -> Class.forName("com.google.ortools.Loader"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }
}
