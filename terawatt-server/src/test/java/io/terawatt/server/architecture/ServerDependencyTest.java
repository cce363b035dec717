package io.terawatt.server.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/**
 * The server reaches core only through the capability root packages (each capability's service,
 * request and result records) and quantity and timeseries; io freely; no solver library.
 */
@AnalyzeClasses(
    packages = "io.terawatt.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ServerDependencyTest {

  @ArchTest
  static final ArchRule routesReachCoreOnlyThroughCapabilityRoots =
      ArchitectureRules.frontEndReachesCoreOnlyThroughCapabilityRoots("io.terawatt.server");

  @ArchTest
  static final ArchRule serverUsesNoSolverLibrary =
      ArchitectureRules.noSolverLibrary("io.terawatt.server");
}
