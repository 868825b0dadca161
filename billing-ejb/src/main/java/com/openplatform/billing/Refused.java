package com.openplatform.billing;

/**
 * A billing rule refused something; {@link #reason} says which rule (an enum of the refusing
 * class). Nothing was changed.
 */
public final class Refused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Enum<?> reason;

  public Refused(Enum<?> reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Enum<?> reason() {
    return reason;
  }
}
