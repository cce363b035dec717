package io.terawatt.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.terawatt.architecture.ArchitectureRules;
import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * No method of a command (a picocli {@code @Command} class) is over 40 lines from its name to its
 * closing brace: a command parses, calls one service and formats (CONSTITUTION MUST 5).
 */
class CommandLengthTest {

  @Test
  void noCommandMethodIsOverFortyLines() {
    List<JavaClass> commands =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.terawatt.cli")
                .stream()
                .filter(c -> c.isAnnotatedWith(Command.class))
                .toList();
    assertThat(commands).as("picocli commands found").hasSizeGreaterThan(10);

    List<MethodSpan> tooLong =
        ArchitectureRules.methodsLongerThan(
            ArchitectureRules.MAX_FRONT_END_METHOD_LINES, commands, Path.of("src/main/java"));

    assertThat(tooLong)
        .as("command methods over %d lines", ArchitectureRules.MAX_FRONT_END_METHOD_LINES)
        .isEmpty();
  }
}
