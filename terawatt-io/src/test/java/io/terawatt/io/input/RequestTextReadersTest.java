package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.io.parse.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading request bodies: JSON objects of strings and YAML mappings, every problem at once. */
class RequestTextReadersTest {
  @Test
  void stringFieldsAreReadAndEveryProblemListed() throws Exception {
    JsonStrings s =
        JsonStrings.read(
            "{\"name\": [], \"yaml\": 3, \"x\": \"y\"}",
            "body",
            List.of("name", "yaml", "x", "z"),
            List.of("z"));
    assertThat(s.get("x")).isEqualTo("y");
    assertThat(s.problems())
        .extracting(Problem::path, Problem::value, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "name", "[]", "The name field must be a string, not array."),
            org.assertj.core.groups.Tuple.tuple(
                "yaml", "3", "The yaml field must be a string, not number."),
            org.assertj.core.groups.Tuple.tuple("z", null, "The z field is required."));
  }

  @Test
  void anotherJsonTypeThanAnObjectIsOneProblem() throws Exception {
    assertThat(JsonStrings.read("[1,2]", "body", List.of("a"), List.of()).problems())
        .extracting(Problem::value)
        .containsExactly("array");
  }

  @Test
  void malformedJsonSaysWhere() {
    assertThatThrownBy(() -> JsonStrings.read("{\"a\": \n  oops}", "body", List.of(), List.of()))
        .isInstanceOfSatisfying(
            JsonStrings.MalformedJsonException.class,
            e -> assertThat(e.where()).startsWith(" at line 2, column "));
  }

  @Test
  void yamlMustBeAMapping() throws Exception {
    assertThat(YamlMapping.read("a: 1\n")).containsEntry("a", 1);
    assertThatThrownBy(() -> YamlMapping.read("- a\n"))
        .isInstanceOfSatisfying(
            YamlMapping.MalformedYamlException.class,
            e ->
                assertThat(e.kind())
                    .isEqualTo(YamlMapping.MalformedYamlException.Kind.NOT_A_MAPPING));
    assertThatThrownBy(() -> YamlMapping.read("steps: [1, 2\nname: x"))
        .isInstanceOfSatisfying(
            YamlMapping.MalformedYamlException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(YamlMapping.MalformedYamlException.Kind.SYNTAX);
              assertThat(e.where()).startsWith(" at line 2");
            });
  }
}
