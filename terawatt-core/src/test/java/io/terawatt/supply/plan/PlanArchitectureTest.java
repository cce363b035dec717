package io.terawatt.supply.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The planner reaches OR-Tools only through the GLOP implementation of its solver interface. */
@AnalyzeClasses(
    packages = "io.terawatt.supply.plan",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PlanArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheGlopSolverUsesOrTools =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt.supply.plan..")
          .and()
          .haveNameNotMatching("io\\.terawatt\\.supply\\.plan\\.GlopLpSolver(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.ortools..", "com.google.protobuf..");
}
