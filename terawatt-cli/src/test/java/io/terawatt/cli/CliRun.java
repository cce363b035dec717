package io.terawatt.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the {@code terawatt} command line, in process, with its exit code and captured
 * standard output and error.
 *
 * @param exitCode the exit code
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line with these arguments. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The repository root: the nearest folder above the working directory that has examples/. */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No examples/ folder above " + Path.of("").toAbsolutePath());
  }
}
