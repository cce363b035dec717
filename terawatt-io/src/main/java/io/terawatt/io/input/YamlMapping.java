package io.terawatt.io.input;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Checks that a text is one YAML mapping (key: value lines), with bounded aliases and size, and
 * returns it as plain maps, lists and scalars.
 */
public final class YamlMapping {
  /** Most aliases a collection may use (a guard against "billion laughs" documents). */
  public static final int MAX_ALIASES = 50;

  /** Most code points read. */
  public static final int MAX_CODE_POINTS = 4 << 20;

  private YamlMapping() {}

  /** Text that is not one YAML mapping. */
  public static final class MalformedYamlException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
      /** A syntax error the parser located (the place may still be unknown). */
      SYNTAX,
      /** Another parser error (too many aliases, too long). */
      LIMIT,
      /** Valid YAML, but not a mapping. */
      NOT_A_MAPPING
    }

    private final Kind kind;
    private final String where;
    private final String reason;

    MalformedYamlException(Kind kind, String where, String reason) {
      super(
          kind == Kind.NOT_A_MAPPING
              ? "Not a YAML mapping."
              : "Not valid YAML" + where + ": " + reason);
      this.kind = kind;
      this.where = where;
      this.reason = reason;
    }

    /** What is wrong. */
    public Kind kind() {
      return kind;
    }

    /** Where the text stops being YAML: {@code " at line L, column C"}, or empty. */
    public String where() {
      return where;
    }

    /** The parser's reason; null for {@link Kind#NOT_A_MAPPING}. */
    public String reason() {
      return reason;
    }
  }

  /**
   * The mapping in a text.
   *
   * @throws MalformedYamlException when the text is not YAML, or not a mapping
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(String text) throws MalformedYamlException {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setCodePointLimit(MAX_CODE_POINTS);
    Object doc;
    try {
      doc = new Yaml(o).load(text);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      String where =
          m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
      throw new MalformedYamlException(MalformedYamlException.Kind.SYNTAX, where, e.getProblem());
    } catch (YAMLException e) {
      throw new MalformedYamlException(MalformedYamlException.Kind.LIMIT, "", e.getMessage());
    }
    if (!(doc instanceof Map)) {
      throw new MalformedYamlException(MalformedYamlException.Kind.NOT_A_MAPPING, "", null);
    }
    return (Map<String, Object>) doc;
  }
}
