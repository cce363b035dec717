package io.terawatt;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins the layering inside core: quantity at the bottom, then timeseries, then the footprint engine
 * (and its validation) and grid signals side by side; and no I/O or framework library anywhere.
 */
@AnalyzeClasses(packages = "io.terawatt", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependencyTest {

  @ArchTest
  static final ArchRule quantityDependsOnNothingElseInTerawatt =
      classes()
          .that()
          .resideInAPackage("io.terawatt.quantity..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt..")
                  .or(resideInAPackage("io.terawatt.quantity.."))
                  .as("are outside io.terawatt or in io.terawatt.quantity"));

  @ArchTest
  static final ArchRule timeseriesDependsOnlyOnQuantity =
      classes()
          .that()
          .resideInAPackage("io.terawatt.timeseries..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt..")
                  .or(resideInAnyPackage("io.terawatt.timeseries..", "io.terawatt.quantity.."))
                  .as("are outside io.terawatt or in timeseries or quantity"));

  @ArchTest
  static final ArchRule footprintDependsOnlyOnQuantityTimeseriesAndItself =
      classes()
          .that()
          .resideInAPackage("io.terawatt.footprint..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt..")
                  .or(
                      resideInAnyPackage(
                          "io.terawatt.footprint..",
                          "io.terawatt.timeseries..",
                          "io.terawatt.quantity.."))
                  .as("are outside io.terawatt or in footprint, timeseries or quantity"));

  @ArchTest
  static final ArchRule gridDependsOnlyOnQuantityTimeseriesAndItself =
      classes()
          .that()
          .resideInAPackage("io.terawatt.grid..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt..")
                  .or(
                      resideInAnyPackage(
                          "io.terawatt.grid..",
                          "io.terawatt.timeseries..",
                          "io.terawatt.quantity.."))
                  .as("are outside io.terawatt or in grid, timeseries or quantity"));

  @ArchTest
  static final ArchRule schedulingDependsOnlyOnQuantityTimeseriesGridAndItself =
      classes()
          .that()
          .resideInAPackage("io.terawatt.scheduling..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt..")
                  .or(
                      resideInAnyPackage(
                          "io.terawatt.scheduling..",
                          "io.terawatt.grid..",
                          "io.terawatt.timeseries..",
                          "io.terawatt.quantity.."))
                  .as("are outside io.terawatt or in scheduling, grid, timeseries or quantity"));

  @ArchTest
  static final ArchRule ethicsDependsOnlyOnQuantityTimeseriesAndItself =
      classes()
          .that()
          .resideInAPackage("io.terawatt.ethics..")
          .should()
          .onlyDependOnClassesThat(
              resideInAPackage("java..")
                  .or(
                      resideInAnyPackage(
                          "io.terawatt.ethics..",
                          "io.terawatt.timeseries..",
                          "io.terawatt.quantity.."))
                  .as("are in java.*, ethics, timeseries or quantity"));

  @ArchTest
  static final ArchRule outlookDependsOnlyOnJavaQuantityTimeseriesFootprintSupplyAndItself =
      classes()
          .that()
          .resideInAPackage("io.terawatt.outlook..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "java..",
                      "",
                      "io.terawatt.outlook..",
                      "io.terawatt.quantity..",
                      "io.terawatt.timeseries..",
                      "io.terawatt.footprint..",
                      "io.terawatt.supply..")
                  .as("are in java.*, outlook, quantity, timeseries, footprint or supply"));

  @ArchTest
  static final ArchRule forecastingAndTypicalYearsDoNotDependOnEachOther =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt.grid.forecast..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.terawatt.grid.typical..");

  @ArchTest
  static final ArchRule theEngineDoesNotDependOnItsValidation =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt.footprint")
          .and()
          .haveSimpleNameNotStartingWith("FootprintValidation")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.terawatt.footprint.validation..")
          .because("only the validation service and its report, for front ends, call it");

  @ArchTest
  static final ArchRule coreUsesNoSerialisationCliOrDatabaseLibrary =
      noClasses()
          .that()
          .resideInAPackage("io.terawatt..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "org.yaml..", "picocli..", "java.sql..");

  @ArchTest
  static final ArchRule noCapabilityDependsOnTheMainJob =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.terawatt.quantity..",
              "io.terawatt.timeseries..",
              "io.terawatt.footprint..",
              "io.terawatt.grid..",
              "io.terawatt.supply..",
              "io.terawatt.scheduling..",
              "io.terawatt.ethics..",
              "io.terawatt.outlook..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.terawatt.plan..")
          .because(
              "the main job (io.terawatt.plan) ties the capabilities together, not the reverse");

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices().matching("io.terawatt.(*)..").should().beFreeOfCycles();
}
