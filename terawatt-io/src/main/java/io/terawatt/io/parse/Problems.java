package io.terawatt.io.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so that all of them are reported together. */
public final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();

  /** A collector for the named file. */
  public Problems(String file) {
    this.file = file;
  }

  /** The file name used in every problem. */
  public String file() {
    return file;
  }

  /** Records an error at a node. */
  public void error(YamlNode at, String path, String value, String message) {
    list.add(
        new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), path, value, message));
  }

  /** Records a warning at a node. */
  public void warning(YamlNode at, String path, String value, String message) {
    list.add(
        new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), path, value, message));
  }

  /** Records an error with an explicit line. */
  public void error(int line, String path, String value, String message) {
    list.add(new Problem(Problem.Severity.ERROR, file, line, 0, path, value, message));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /** All problems in the order found. */
  public List<Problem> all() {
    return List.copyOf(list);
  }

  /** Warnings only. */
  public List<Problem> warnings() {
    return list.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
  }

  /** Adds another collector's problems. */
  public void addAll(List<Problem> more) {
    list.addAll(more);
  }
}
