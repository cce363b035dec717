package io.terawatt.io.store;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.CleanupReport;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.io.grid.GridFileReader;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.grid.ParsedFile;
import io.terawatt.io.parse.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports a file or a folder of grid files into the database: read and clean in parallel, then
 * write each file in one transaction. A file with errors writes nothing; files whose layout is not
 * recognised are listed as skipped, never dropped silently.
 */
public final class GridImportService {
  private GridImportService() {}

  /**
   * Imports {@code path} (a file, or every {@code .csv} and {@code .json} below a folder).
   *
   * @param progress receives one line per file
   */
  public static List<FileImport> importPath(
      Path path, ImportOptions options, GridStore store, Consumer<String> progress)
      throws IOException, SQLException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(
                    p -> {
                      String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                      return n.endsWith(".csv") || n.endsWith(".json");
                    })
                .sorted()
                .toList();
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new IOException(path + " is neither a file nor a folder.");
    }
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Prepared>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> prepare(f, options)));
      }
      List<FileImport> results = new ArrayList<>();
      int done = 0;
      for (Future<Prepared> future : futures) {
        Prepared p;
        try {
          p = future.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("Interrupted", e);
        } catch (ExecutionException e) {
          throw new IOException(e.getCause().getMessage(), e.getCause());
        }
        FileImport result = write(p, store);
        results.add(result);
        done++;
        progress.accept(
            String.format(
                Locale.ROOT,
                "[%d/%d] %s: %s, %d hours new or changed%s",
                done,
                files.size(),
                result.file(),
                result.format(),
                result.changedHours(),
                result.problems().isEmpty() ? "" : ", " + result.problems().size() + " error(s)"));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Prepared(
      String file,
      String format,
      List<CleanSeries> series,
      List<io.terawatt.grid.IssuedForecast> forecasts,
      List<Problem> problems,
      List<String> notes) {}

  private static Prepared prepare(Path file, ImportOptions options) throws IOException {
    try {
      return prepareOrFail(file, options);
    } catch (RuntimeException | IOException e) {
      return new Prepared(
          file.toString(),
          "failed",
          List.of(),
          List.of(),
          List.of(
              new Problem(
                  Problem.Severity.ERROR,
                  file.toString(),
                  0,
                  0,
                  "(file)",
                  "",
                  "Cannot read this file: " + e.getMessage())),
          List.of());
    }
  }

  private static Prepared prepareOrFail(Path file, ImportOptions options) throws IOException {
    var parsed = GridFileReader.read(file, options);
    if (parsed.isEmpty()) {
      return new Prepared(
          file.toString(),
          "skipped",
          List.of(),
          List.of(),
          List.of(),
          List.of("layout not recognised (not an hourly grid series); give --format to force one"));
    }
    ParsedFile p = parsed.get();
    List<CleanSeries> cleaned = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(p.problems());
    if (problems.isEmpty()) {
      for (Map.Entry<SeriesMetadata, RawPoints> e : p.allSeries().entrySet()) {
        if (e.getValue().size() == 0) {
          continue;
        }
        try {
          cleaned.add(HourlyAggregator.aggregate(e.getKey(), e.getValue(), options.gapPolicy()));
        } catch (IllegalArgumentException ex) {
          problems.add(
              new Problem(
                  Problem.Severity.ERROR,
                  file.toString(),
                  0,
                  0,
                  e.getKey().describe(),
                  "",
                  ex.getMessage()));
        }
      }
    }
    return new Prepared(
        file.toString(), p.format().id(), cleaned, p.forecasts(), problems, p.notes());
  }

  private static FileImport write(Prepared p, GridStore store) throws SQLException {
    List<CleanupReport> reports = p.series().stream().map(CleanSeries::report).toList();
    if (!p.problems().isEmpty() || p.format().equals("skipped")) {
      return new FileImport(p.file(), p.format(), reports, 0, p.problems(), p.notes());
    }
    long[] changed = {0, 0};
    store.inTransaction(
        () -> {
          SaveCounts counts = store.save(p.series());
          changed[0] = counts.changed() + store.saveIssuedForecasts(p.forecasts());
          changed[1] = counts.conflicts();
        });
    List<String> notes = new ArrayList<>(p.notes());
    if (changed[1] > 0) {
      notes.add(
          changed[1]
              + " hours were already stored from another source with different values; the"
              + " stored values were kept (import into a separate --db to keep both)");
    }
    return new FileImport(p.file(), p.format(), reports, changed[0], p.problems(), notes);
  }
}
