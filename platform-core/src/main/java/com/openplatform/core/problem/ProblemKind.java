package com.openplatform.core.problem;

/**
 * A kind of refusal: its HTTP status and the code that names its title and detail in the {@code
 * problems} message bundles. Modules define their own kinds as constants made with {@link #of}.
 */
public interface ProblemKind {

  String code();

  int status();

  /** A kind of refusal named by its code, answered with this HTTP status. */
  static ProblemKind of(String code, int status) {
    return new Type(code, status);
  }

  /** The plain kind {@link #of} makes. */
  record Type(String code, int status) implements ProblemKind {}

  /** Kinds every module uses. */
  enum Common implements ProblemKind {
    INVALID_INPUT(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    UNSUPPORTED_MEDIA_TYPE(415),
    PAYLOAD_TOO_LARGE(413),
    METHOD_NOT_ALLOWED(405),
    TOO_MANY_REQUESTS(429),
    UNAVAILABLE(503),
    INTERNAL(500);

    private final int status;

    Common(int status) {
      this.status = status;
    }

    @Override
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
      return status;
    }
  }
}
