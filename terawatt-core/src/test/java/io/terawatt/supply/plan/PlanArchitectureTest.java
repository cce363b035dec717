package io.terawatt.supply.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core reaches LP solvers only through its {@link LpSolver} port; no solver library. */
@AnalyzeClasses(packages = "io.terawatt", importOptions = ImportOption.DoNotIncludeTests.class)
class PlanArchitectureTest {

  @ArchTest
  static final ArchRule noCoreClassUsesASolverLibrary =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.ortools..", "com.google.protobuf..");
}
