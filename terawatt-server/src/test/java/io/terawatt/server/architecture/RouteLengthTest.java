package io.terawatt.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.terawatt.architecture.ArchitectureRules;
import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No method of a route or handler class (a server class that uses Javalin) is over 40 lines from
 * its name to its closing brace; a route registered as a long lambda makes its registering method
 * long. A route parses, calls one service and formats (CONSTITUTION MUST 5).
 */
class RouteLengthTest {

  @Test
  void noRouteMethodIsOverFortyLines() {
    List<JavaClass> routeClasses =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.terawatt.server")
                .stream()
                .filter(RouteLengthTest::usesJavalin)
                .toList();
    assertThat(routeClasses).as("route and handler classes found").isNotEmpty();

    List<MethodSpan> tooLong =
        ArchitectureRules.methodsLongerThan(
            ArchitectureRules.MAX_FRONT_END_METHOD_LINES, routeClasses, Path.of("src/main/java"));

    assertThat(tooLong)
        .as("route and handler methods over %d lines", ArchitectureRules.MAX_FRONT_END_METHOD_LINES)
        .isEmpty();
  }

  private static boolean usesJavalin(JavaClass c) {
    return c.getDirectDependenciesFromSelf().stream()
        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("io.javalin"));
  }
}
