package io.terawatt.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Readers return specs (records of what the file says): defaults and modelling coefficients live in
 * core next to their sources. The checkable part: no reader declares a {@code DEFAULT_*} constant
 * or publishes a numeric constant for others to model with.
 */
@AnalyzeClasses(packages = "io.terawatt.io", importOptions = ImportOption.DoNotIncludeTests.class)
class ReaderDefaultsTest {

  @ArchTest
  static final ArchRule readersDeclareNoDefaults =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(IoPackageTest.READERS)
          .should()
          .haveNameMatching("DEFAULT.*")
          .because("defaults live in core, next to their sources (a reader only reads)");

  @ArchTest
  static final ArchRule readersPublishNoNumericConstants =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(IoPackageTest.READERS)
          .and()
          .areStatic()
          .and()
          .areFinal()
          .and()
          .haveRawType(double.class)
          .should()
          .notBePublic()
          .because(
              "a coefficient others model with belongs in core with its source; a reader keeps"
                  + " only the unit conversions of its format");
}
