package io.terawatt.io.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of terawatt-io: no cycles; {@code io.parse} (Problem, Problems, YamlNode, Fields,
 * NumberText) at the bottom; readers never reach for report writers.
 */
@AnalyzeClasses(packages = "io.terawatt.io", importOptions = ImportOption.DoNotIncludeTests.class)
class IoPackageTest {

  /** The packages whose classes read files into specs. */
  static final String[] READERS = {
    "io.terawatt.io.input..",
    "io.terawatt.io.grid..",
    "io.terawatt.io.resource..",
    "io.terawatt.io.schedule..",
    "io.terawatt.io.trace.."
  };

  @ArchTest
  static final ArchRule ioPackagesAreFreeOfCycles =
      slices().matching("io.terawatt.io.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule parseDependsOnNoOtherIoPackage =
      classes()
          .that()
          .resideInAPackage("io.terawatt.io.parse..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("io.terawatt.io..")
                  .or(resideInAPackage("io.terawatt.io.parse.."))
                  .as("are outside io.terawatt.io or in io.terawatt.io.parse"))
          .because("the parsing primitives are the bottom layer that every reader shares");

  @ArchTest
  static final ArchRule readersDoNotDependOnReportWriters =
      noClasses()
          .that()
          .resideInAnyPackage(READERS)
          .or()
          .resideInAPackage("io.terawatt.io.parse..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.terawatt.io.report..")
          .because("readers turn files into specs; writers format results");
}
