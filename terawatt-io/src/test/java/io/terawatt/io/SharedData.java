package io.terawatt.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the shared data folder that sits beside the repository, when it is there. */
public final class SharedData {
  private SharedData() {}

  /**
   * The file {@code shared/data/<relative>} found by walking up from the working directory, or
   * empty when no parent folder has it.
   */
  public static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The folder {@code shared/data/<relative>}, or empty when no parent folder has it. */
  public static Optional<Path> findDirectory(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
