package io.terawatt.bench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/**
 * Benchmarks measure the library as a user calls it: through core and io, with LP solvers found
 * through the port (no solver library, no back end class), and never through a front end.
 */
@AnalyzeClasses(
    packages = "io.terawatt.bench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BenchDependencyTest {

  @ArchTest
  static final ArchRule benchmarksUseNoSolverLibrary =
      ArchitectureRules.noSolverLibrary("io.terawatt.bench");

  @ArchTest
  static final ArchRule benchmarksUseNoFrontEnd =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.terawatt.cli..", "io.terawatt.server..", "io.terawatt.spark..")
          .because("a benchmark times the library, not a command or a route");
}
