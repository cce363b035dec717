package io.terawatt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes command output to standard output or, atomically, to a file. */
public final class Output {
  private Output() {}

  /**
   * Writes the text to {@code file} through a temporary file and a rename, so that a failure never
   * leaves a half-written file; without a file, prints it.
   */
  public static void write(String text, Path file, PrintWriter out) throws IOException {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".terawatt-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(
          tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
