package io.terawatt.io.grid;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into cells, honouring double quotes (RFC 4180, one line per record). */
public final class CsvLine {
  private CsvLine() {}

  /** The cells of one line. */
  public static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Index of the first header cell that equals (ignoring case and spaces) one of the names. */
  public static int indexOf(List<String> header, String... names) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().replace("\uFEFF", "");
      for (String n : names) {
        if (h.equalsIgnoreCase(n)) {
          return i;
        }
      }
    }
    return -1;
  }
}
