package io.terawatt.grid;

/**
 * The archive holds no data for what a grid service was asked (a zone, a signal, a range); the
 * message names what is missing and, where it helps, how to import it. Front ends report it as
 * invalid input.
 */
public final class MissingGridDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A missing-data failure with its message. */
  public MissingGridDataException(String message) {
    super(message);
  }
}
