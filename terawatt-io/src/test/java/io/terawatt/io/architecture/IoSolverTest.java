package io.terawatt.io.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/** terawatt-io reads and writes; it never solves, so it uses no LP solver library. */
@AnalyzeClasses(packages = "io.terawatt.io", importOptions = ImportOption.DoNotIncludeTests.class)
class IoSolverTest {

  @ArchTest
  static final ArchRule ioUsesNoSolverLibrary = ArchitectureRules.noSolverLibrary("io.terawatt.io");
}
