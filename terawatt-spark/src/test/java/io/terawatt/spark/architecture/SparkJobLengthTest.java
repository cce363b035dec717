package io.terawatt.spark.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.terawatt.architecture.ArchitectureRules;
import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No Spark job method is over 40 lines: the Monte Carlo itself lives in core's outlook. */
class SparkJobLengthTest {

  @Test
  void noJobMethodIsOverFortyLines() {
    List<JavaClass> jobs =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.terawatt.spark")
                .stream()
                .toList();
    assertThat(jobs).isNotEmpty();

    List<MethodSpan> tooLong =
        ArchitectureRules.methodsLongerThan(
            ArchitectureRules.MAX_FRONT_END_METHOD_LINES, jobs, Path.of("src/main/java"));

    assertThat(tooLong).as("Spark job methods over 40 lines").isEmpty();
  }
}
