package com.openplatform.core.problem;

import java.util.List;

/**
 * An RFC 9457 problem details document. {@code code} names the refusal for programs and for the
 * message bundles of the pages; {@code errors} lists the fields at fault, if any; {@code
 * correlationId} (a failure on the platform's side) names the server log's entries about it.
 */
@com.fasterxml.jackson.annotation.JsonInclude(
    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors,
    String correlationId) {

  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String code,
      List<FieldError> errors) {
    this(type, title, status, detail, instance, code, errors, null);
  }

  /** The same problem, naming the log entries of its occurrence. */
  public Problem withCorrelationId(String id) {
    return new Problem(type, title, status, detail, instance, code, errors, id);
  }

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "urn:open-platform:problem:";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A short random id for one failure, to find it in the server log. */
  public static String newCorrelationId() {
    return java.util.UUID.randomUUID().toString().substring(0, 13);
  }

  /** One field at fault, with the reason in the caller's language. */
  public record FieldError(String field, String code, String message) {}
}
