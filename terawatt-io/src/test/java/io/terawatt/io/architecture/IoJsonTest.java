package io.terawatt.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;
import java.util.regex.Pattern;

/**
 * JSON in terawatt-io: built only by the report writers ({@code io.terawatt.io.report}), parsed
 * only by readers; the store, the parsing primitives and the rest use no JSON library.
 */
@AnalyzeClasses(packages = "io.terawatt.io", importOptions = ImportOption.DoNotIncludeTests.class)
class IoJsonTest {

  private static final Pattern BUILDS_JSON =
      Pattern.compile("write.*|createObjectNode|createArrayNode|valueToTree|createGenerator");

  @ArchTest
  static final ArchRule jacksonOnlyInReportWritersAndReaders =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.terawatt.io.report..",
              "io.terawatt.io.input..",
              "io.terawatt.io.grid..",
              "io.terawatt.io.resource..",
              "io.terawatt.io.schedule..",
              "io.terawatt.io.trace..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ArchitectureRules.JACKSON)
          .because("JSON is built by io.terawatt.io.report and parsed by io readers only");

  @ArchTest
  static final ArchRule readersParseJsonButNeverBuildIt =
      noClasses()
          .that()
          .resideInAnyPackage(IoPackageTest.READERS)
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "an ObjectMapper or JsonFactory method that writes JSON",
                  (JavaMethodCall call) ->
                      (call.getTargetOwner()
                                  .isAssignableTo("com.fasterxml.jackson.databind.ObjectMapper")
                              || call.getTargetOwner()
                                  .isAssignableTo("com.fasterxml.jackson.core.JsonFactory"))
                          && BUILDS_JSON.matcher(call.getName()).matches()))
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.databind.node.ObjectNode")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.databind.node.ArrayNode")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.core.JsonGenerator")
          .because("readers return specs; JSON output belongs to io.terawatt.io.report");
}
