package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.Dilemma;
import io.terawatt.ethics.Ranking;
import io.terawatt.ethics.WeightInterval;
import io.terawatt.ethics.smaa.SmaaResult;

/**
 * Writes an ethics assessment as JSON: {@code rankings}, {@code scores}, {@code pareto}, {@code
 * dilemmas}, {@code smaa} (rank acceptabilities, rank 1 first), {@code smaa_standard_error}, {@code
 * smaa_confidence}, {@code central_weights}, {@code indicator_weights} and {@code
 * weight_stability}.
 */
public final class AssessmentJsonWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AssessmentJsonWriter() {}

  /** The JSON text. */
  public static String write(String name, Assessment a) {
    return MAPPER.valueToTree(tree(name, a)).toPrettyString() + "\n";
  }

  /** The JSON tree. */
  public static ObjectNode tree(String name, Assessment a) {
    ObjectNode root = MAPPER.createObjectNode();
    if (!name.isEmpty()) {
      root.put("name", name);
    }
    ObjectNode rankings = root.putObject("rankings");
    ObjectNode scores = root.putObject("scores");
    for (Ranking r : a.rankings().values()) {
      ArrayNode order = rankings.putArray(r.method());
      r.bestFirst().forEach(order::add);
      ObjectNode s = scores.putObject(r.method());
      r.scores().forEach(s::put);
    }
    ArrayNode pareto = root.putArray("pareto");
    a.pareto().forEach(pareto::add);
    ArrayNode dilemmas = root.putArray("dilemmas");
    for (Dilemma d : a.dilemmas()) {
      ObjectNode n = dilemmas.addObject();
      n.put("a", d.a());
      n.put("b", d.b());
      d.lensesForA().forEach(n.putArray("lenses_for_a")::add);
      d.lensesForB().forEach(n.putArray("lenses_for_b")::add);
      d.drivers().forEach(n.putArray("drivers")::add);
      n.put("explanation", d.explanation());
    }
    ObjectNode weights = root.putObject("indicator_weights");
    a.indicatorWeights().forEach(weights::put);
    ArrayNode stability = root.putArray("weight_stability");
    for (WeightInterval w : a.weightStability()) {
      ObjectNode n = stability.addObject();
      n.put("indicator", w.indicator());
      n.put("weight", w.weight());
      n.putArray("top_unchanged").add(w.topLow()).add(w.topHigh());
      n.putArray("ranking_unchanged").add(w.rankingLow()).add(w.rankingHigh());
    }
    if (a.smaa().isPresent()) {
      SmaaResult s = a.smaa().get();
      String[] options = a.problem().optionNames();
      String[] indicators = a.problem().indicatorNames();
      ObjectNode smaa = root.putObject("smaa");
      ObjectNode central = root.putObject("central_weights");
      ObjectNode conf = root.putObject("smaa_confidence");
      for (int i = 0; i < options.length; i++) {
        ArrayNode acc = smaa.putArray(options[i]);
        for (double b : s.acceptability()[i]) {
          acc.add(b);
        }
        ObjectNode cw = central.putObject(options[i]);
        for (int j = 0; j < indicators.length; j++) {
          cw.put(indicators[j], s.centralWeights()[i][j]);
        }
        conf.put(options[i], s.confidence()[i]);
      }
      root.put("smaa_standard_error", s.standardError());
      root.put("smaa_samples", s.samples());
    }
    return root;
  }
}
