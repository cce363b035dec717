package io.terawatt.cli;

/** Process exit codes of the CLI. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A check ran and found failures (for example a validation comparison out of tolerance). */
  public static final int CHECK_FAILED = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  /** An input file was invalid; every problem was printed. */
  public static final int INVALID_INPUT = 3;

  private ExitCodes() {}
}
