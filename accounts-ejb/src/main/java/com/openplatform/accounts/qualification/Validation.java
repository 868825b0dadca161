package com.openplatform.accounts.qualification;

import java.util.Objects;

/**
 * The outcome of checking an identifier entered in qualification materials (§2.2) or for QQ sign-in
 * (§2.1.1): valid, or invalid with a short reason code a form can turn into a message.
 */
public record Validation(boolean valid, String reason) {

  private static final Validation OK = new Validation(true, null);

  public Validation {
    if (valid != (reason == null)) {
      throw new IllegalArgumentException("an invalid result, and only that, has a reason");
    }
  }

  public static Validation ok() {
    return OK;
  }

  public static Validation invalid(String reason) {
    return new Validation(false, Objects.requireNonNull(reason));
  }
}
