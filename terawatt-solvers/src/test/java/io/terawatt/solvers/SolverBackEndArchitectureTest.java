package io.terawatt.solvers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.supply.plan.LpSolverProvider;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * terawatt-solvers holds the LP back ends behind core's port: they use the JDK, the solver library
 * and the port package only (no capability logic, no io, no front end), and ServiceLoader finds
 * every one of them.
 */
@AnalyzeClasses(
    packages = "io.terawatt.solvers",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SolverBackEndArchitectureTest {

  private static final String SERVICES = "META-INF/services/" + LpSolverProvider.class.getName();

  @ArchTest
  static final ArchRule backEndsUseOnlyTheJdkTheSolverLibraryAndThePort =
      classes()
          .that()
          .resideInAPackage("io.terawatt.solvers..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "",
              "com.google.ortools..",
              "com.google.protobuf..",
              "io.terawatt.solvers..",
              "io.terawatt.supply.plan")
          .because(
              "a back end implements io.terawatt.supply.plan.LpSolver; planning logic stays in"
                  + " core");

  @Test
  void everyProviderIsRegisteredForServiceLoader() throws Exception {
    Set<String> providers =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.terawatt.solvers")
                .stream()
                .filter(c -> c.isAssignableTo(LpSolverProvider.class))
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

    Set<String> registered = new TreeSet<>();
    Enumeration<URL> files = getClass().getClassLoader().getResources(SERVICES);
    while (files.hasMoreElements()) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
        in.lines()
            .map(l -> l.replaceAll("#.*", "").trim())
            .filter(l -> !l.isEmpty())
            .forEach(registered::add);
      }
    }

    assertThat(providers).isNotEmpty();
    assertThat(registered).containsAll(providers);
  }
}
