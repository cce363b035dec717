package io.terawatt.cli.plan;

import io.terawatt.cli.TerawattCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of {@code terawatt demo} per test JVM, shared by the tests that read its output. */
final class DemoOutput {
  private static DemoOutput instance;

  final Path dir;
  final int exitCode;
  final String out;
  final String err;

  private DemoOutput(Path dir, int exitCode, String out, String err) {
    this.dir = dir;
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** The demo's output folder, made on first use under target/. */
  static synchronized DemoOutput get() throws IOException {
    if (instance == null) {
      Path dir = Path.of("target", "demo-output").toAbsolutePath();
      Files.createDirectories(dir);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = TerawattCommand.newCommandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int code = cl.execute("demo", "--out", dir.toString(), "--check");
      instance = new DemoOutput(dir, code, out.toString(), err.toString());
    }
    return instance;
  }
}
