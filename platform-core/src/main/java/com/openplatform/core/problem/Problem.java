package com.openplatform.core.problem;

import java.util.List;

/**
 * An RFC 9457 problem details document. {@code code} names the refusal for programs and for the
 * message bundles of the pages; {@code errors} lists the fields at fault, if any.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "urn:open-platform:problem:";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** One field at fault, with the reason in the caller's language. */
  public record FieldError(String field, String code, String message) {}
}
