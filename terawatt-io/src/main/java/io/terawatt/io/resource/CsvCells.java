package io.terawatt.io.resource;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into cells, honouring double quotes (RFC 4180, one line per record). */
final class CsvCells {
  private CsvCells() {}

  static List<String> split(String line) {
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
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  /** Index of the first cell equal (ignoring case, spaces and a byte-order mark) to a name. */
  static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).replace("\uFEFF", "").trim().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
