package io.terawatt.io.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers where it was written and the path that leads to it, so that problems
 * can name the line and the field.
 */
public final class YamlNode {
  private final Node node;
  private final String path;

  private YamlNode(Node node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Parses YAML text. Syntax errors become one error problem with the line.
   *
   * @return the root node, or empty when the text is not valid YAML or is empty
   */
  public static Optional<YamlNode> parse(String text, Problems problems) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(16 * 1024 * 1024);
      Node root = new Yaml(options).compose(new java.io.StringReader(text));
      if (root == null) {
        problems.error(1, "(file)", "", "The file is empty.");
        return Optional.empty();
      }
      YamlNode node = new YamlNode(root, "");
      node.reportDuplicateKeys(problems);
      return Optional.of(node);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.error(line, "(syntax)", "", "Not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (RuntimeException e) {
      problems.error(0, "(syntax)", "", "Not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Records an error for every key that appears twice in one mapping, anywhere in the tree. */
  private void reportDuplicateKeys(Problems problems) {
    if (node instanceof MappingNode m) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
        if (!seen.add(key)) {
          YamlNode at = new YamlNode(t.getKeyNode(), child(key));
          problems.error(
              at, at.path(), key, "The key '" + key + "' appears twice; remove one of them.");
        }
      }
      for (YamlNode child : entries().values()) {
        child.reportDuplicateKeys(problems);
      }
    } else if (node instanceof SequenceNode) {
      for (YamlNode item : items()) {
        item.reportDuplicateKeys(problems);
      }
    }
  }

  /** 1-based line where the node starts. */
  public int line() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** 1-based column where the node starts. */
  public int column() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
  }

  /** The field path, for example {@code training[0].model.parameters}. */
  public String path() {
    return path.isEmpty() ? "(root)" : path;
  }

  /** Whether this node is a mapping. */
  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  /** Whether this node is a sequence. */
  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  /** Whether this node is a scalar. */
  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** The scalar text, or a short description of a non-scalar node. */
  public String text() {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    return isMapping() ? "{...}" : "[...]";
  }

  /** The entries of a mapping in file order; empty for other nodes. */
  public Map<String, YamlNode> entries() {
    Map<String, YamlNode> map = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
        map.put(key, new YamlNode(t.getValueNode(), child(key)));
      }
    }
    return map;
  }

  /** The key nodes of a mapping (for locating unknown keys). */
  private Map<String, YamlNode> keyNodes() {
    Map<String, YamlNode> map = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
        map.put(key, new YamlNode(t.getKeyNode(), child(key)));
      }
    }
    return map;
  }

  /** The value under a key of a mapping. */
  public Optional<YamlNode> get(String key) {
    return Optional.ofNullable(entries().get(key));
  }

  /** The items of a sequence; empty for other nodes. */
  public List<YamlNode> items() {
    List<YamlNode> list = new ArrayList<>();
    if (node instanceof SequenceNode s) {
      for (int i = 0; i < s.getValue().size(); i++) {
        list.add(new YamlNode(s.getValue().get(i), path + "[" + i + "]"));
      }
    }
    return list;
  }

  /** Warns about every key of this mapping that is not in {@code known}, naming the key. */
  public void warnUnknownKeys(Set<String> known, Problems problems) {
    for (Map.Entry<String, YamlNode> e : keyNodes().entrySet()) {
      if (!known.contains(e.getKey())) {
        String hint = closest(e.getKey(), known);
        problems.warning(
            e.getValue(),
            e.getValue().path(),
            "",
            "Unknown key '"
                + e.getKey()
                + "' is ignored."
                + (hint.isEmpty() ? "" : " Maybe '" + hint + "'?"));
      }
    }
  }

  private static String closest(String key, Set<String> known) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d =
          distance(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return bestDistance <= Math.max(2, key.length() / 3) ? best : "";
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
