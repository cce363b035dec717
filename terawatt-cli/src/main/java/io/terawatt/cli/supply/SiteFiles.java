package io.terawatt.cli.supply;

import io.terawatt.io.input.SupplySiteReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.supply.SupplySiteSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a site file for the supply commands, printing its warnings or every problem. */
final class SiteFiles {
  private SiteFiles() {}

  /** The site's spec; empty when the file has problems (then each was printed to {@code err}). */
  static Optional<SupplySiteSpec> read(Path file, PrintWriter err) throws IOException {
    try {
      SupplySiteReader.Result r = SupplySiteReader.read(file);
      r.warnings().stream().map(Problem::format).forEach(err::println);
      return Optional.of(r.site());
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return Optional.empty();
    }
  }
}
