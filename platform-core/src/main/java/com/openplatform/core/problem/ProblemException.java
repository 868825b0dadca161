package com.openplatform.core.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal that reaches the caller as problem details (API) or a readable message (pages). It
 * rolls the transaction back, so a refused operation changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public class ProblemException extends RuntimeException {

  private final ProblemKind kind;
  private final Object[] args;
  private final List<Problem.FieldError> errors;
  private Long retryAfterSeconds;

  public ProblemException(ProblemKind kind, Object... args) {
    this(kind, List.of(), args);
  }

  public ProblemException(ProblemKind kind, List<Problem.FieldError> errors, Object... args) {
    super(kind.code());
    this.kind = kind;
    this.args = args.clone();
    this.errors = List.copyOf(errors);
  }

  public ProblemKind kind() {
    return kind;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** When the caller may try again (429, 503): sent as {@code Retry-After}. */
  public ProblemException retryAfter(java.time.Duration wait) {
    this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    return this;
  }

  /** Seconds for {@code Retry-After}, or null. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
