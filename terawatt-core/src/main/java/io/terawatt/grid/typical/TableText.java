package io.terawatt.grid.typical;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Number formatting, gzip detection and problem collection shared by the two codecs. */
final class TableText {
  /** At most this many problems are listed; reading stops after that. */
  static final int MAX_PROBLEMS = 20;

  private TableText() {}

  /** {@code value} rounded half up to {@code decimals} places, without trailing zeros. */
  static String format(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Cannot write the non-finite number " + value + ".");
    }
    BigDecimal rounded =
        new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }

  /** Fails when a text field would break the table (tab, line break) or is blank. */
  static void requirePlainField(String value, String field, String row) {
    if (value.isBlank()
        || value.indexOf('\t') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0
        || value.startsWith("#")) {
      throw new IllegalArgumentException(
          "The "
              + field
              + " of "
              + row
              + " ("
              + value
              + ") cannot be written: it must be non-blank, contain no tab or line break and not"
              + " start with #.");
    }
  }

  /** A reader over {@code in}, gunzipping it when it starts with the gzip magic bytes. */
  static Reader utf8Reader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    InputStream body = gzip ? new GZIPInputStream(buffered) : buffered;
    return new InputStreamReader(body, StandardCharsets.UTF_8);
  }

  /** Problems found while reading a table, each naming its line. */
  static final class Problems {
    private final String table;
    private final List<String> lines = new ArrayList<>();

    Problems(String table) {
      this.table = table;
    }

    void add(int line, String message) {
      lines.add("line " + line + ": " + message);
    }

    boolean full() {
      return lines.size() >= MAX_PROBLEMS;
    }

    void throwIfAny() {
      if (lines.isEmpty()) {
        return;
      }
      throw new IllegalArgumentException(
          "The "
              + table
              + " has "
              + (full() ? "at least " : "")
              + lines.size()
              + (lines.size() == 1 ? " problem" : " problems")
              + ":\n  "
              + String.join("\n  ", lines));
    }
  }
}
