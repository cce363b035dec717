package io.terawatt.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/**
 * The CLI reaches core only through the capability root packages (each capability's service,
 * request and result records) and quantity and timeseries; io freely; no solver library.
 */
@AnalyzeClasses(packages = "io.terawatt.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliDependencyTest {

  @ArchTest
  static final ArchRule commandsReachCoreOnlyThroughCapabilityRoots =
      ArchitectureRules.frontEndReachesCoreOnlyThroughCapabilityRoots("io.terawatt.cli");

  @ArchTest
  static final ArchRule cliUsesNoSolverLibrary =
      ArchitectureRules.noSolverLibrary("io.terawatt.cli");
}
