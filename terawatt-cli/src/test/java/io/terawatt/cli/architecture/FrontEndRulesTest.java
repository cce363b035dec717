package io.terawatt.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.terawatt.architecture.ArchitectureRules;
import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front-end rules themselves: each fails on a command written to break it ({@link BadCommand})
 * and passes on one that keeps it ({@link GoodCommand}), so a green architecture test means the
 * rule held, not that it could not see.
 */
class FrontEndRulesTest {

  private static final JavaClasses BAD = new ClassFileImporter().importClasses(BadCommand.class);
  private static final JavaClasses GOOD = new ClassFileImporter().importClasses(GoodCommand.class);

  @Test
  void reachingIntoACapabilitySubPackageBreaksTheDependencyRule() {
    ArchRule rule =
        ArchitectureRules.frontEndReachesCoreOnlyThroughCapabilityRoots("io.terawatt.cli");

    EvaluationResult bad = rule.evaluate(BAD);

    assertThat(bad.hasViolation()).isTrue();
    assertThat(bad.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("BadCommand") && d.contains("io.terawatt.supply.plan.LpSolvers"));
    assertThat(rule.evaluate(GOOD).hasViolation()).isFalse();
  }

  @Test
  void buildingJsonInACommandBreaksTheJsonRule() {
    ArchRule rule = ArchitectureRules.noJsonLibrary("io.terawatt.cli");

    EvaluationResult bad = rule.evaluate(BAD);

    assertThat(bad.hasViolation()).isTrue();
    assertThat(bad.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("com.fasterxml.jackson.databind.ObjectMapper"));
    assertThat(rule.evaluate(GOOD).hasViolation()).isFalse();
  }

  @Test
  void theNamedExceptionIsTheOnlyClassAllowedJackson() {
    JavaClasses both = new ClassFileImporter().importClasses(BadCommand.class, GoodCommand.class);

    assertThat(
            ArchitectureRules.noJsonLibrary("io.terawatt.cli", BadCommand.class.getName())
                .evaluate(both)
                .hasViolation())
        .isFalse();
    assertThat(
            ArchitectureRules.noJsonLibrary("io.terawatt.cli", GoodCommand.class.getName())
                .evaluate(both)
                .hasViolation())
        .isTrue();
  }

  @Test
  void aFortyOneLineCommandMethodIsListedAndAShortOneIsNot() {
    List<MethodSpan> tooLong =
        ArchitectureRules.methodsLongerThan(
            ArchitectureRules.MAX_FRONT_END_METHOD_LINES,
            List.of(BAD.get(BadCommand.class), GOOD.get(GoodCommand.class)),
            Path.of("src/test/java"));

    assertThat(tooLong).extracting(MethodSpan::method).containsExactly("call");
    assertThat(tooLong.get(0).lines()).isEqualTo(41);
    assertThat(tooLong.get(0).file().getFileName()).hasToString("BadCommand.java");
  }
}
