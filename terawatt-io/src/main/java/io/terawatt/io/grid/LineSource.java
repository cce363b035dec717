package io.terawatt.io.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a CSV file line by line with 1-based line numbers. */
final class LineSource implements AutoCloseable {
  private final BufferedReader reader;
  private int line;

  LineSource(Path file) throws IOException {
    this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** The next non-blank line split into cells, or null at the end. */
  List<String> next() throws IOException {
    String s;
    do {
      s = reader.readLine();
      line++;
      if (s == null) {
        return null;
      }
    } while (s.isBlank());
    return CsvLine.split(s);
  }

  /** Number of the line last returned. */
  int line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
