package io.terawatt.grid;

/** A {@link GridArchive} could not be read; the message says why (the storage's own message). */
public final class GridArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the storage's failure, keeping its message. */
  public GridArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
