package io.terawatt.spark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/**
 * The Spark engine is a front end of the outlook: it reaches core only through capability root
 * packages and quantity and timeseries, never io, the CLI or the server (its module keeps Spark's
 * Jackson and logging out of the CLI jar), builds no JSON and uses no solver library.
 */
@AnalyzeClasses(
    packages = "io.terawatt.spark",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SparkDependencyTest {

  @ArchTest
  static final ArchRule sparkReachesCoreOnlyThroughCapabilityRoots =
      ArchitectureRules.frontEndReachesCoreOnlyThroughCapabilityRoots("io.terawatt.spark");

  @ArchTest
  static final ArchRule sparkDependsOnNoOtherTerawattModule =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.terawatt.io..", "io.terawatt.cli..", "io.terawatt.server..")
          .because("terawatt-spark depends on terawatt-core only");

  @ArchTest
  static final ArchRule sparkUsesNoJsonLibrary =
      ArchitectureRules.noJsonLibrary("io.terawatt.spark");

  @ArchTest
  static final ArchRule sparkUsesNoSolverLibrary =
      ArchitectureRules.noSolverLibrary("io.terawatt.spark");
}
