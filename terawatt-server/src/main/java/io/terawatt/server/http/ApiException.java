package io.terawatt.server.http;

import java.util.List;

/**
 * A request that cannot be served, turned into an RFC 9457 {@code application/problem+json}
 * response by {@link ProblemResponses}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String title;
  private final List<FieldError> errors;

  /** A problem with a status, a short title, a detail sentence and the field errors. */
  public ApiException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** A problem without field errors. */
  public ApiException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  /** 400 listing every invalid field. */
  public static ApiException badRequest(List<FieldError> errors) {
    return new ApiException(
        400,
        "Invalid request parameters",
        errors.size() == 1
            ? errors.get(0).message()
            : errors.size() + " request parameters are invalid.",
        errors);
  }

  /** 404 for a missing resource. */
  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The problem title. */
  public String title() {
    return title;
  }

  /** The field errors, possibly empty. */
  public List<FieldError> errors() {
    return errors;
  }
}
