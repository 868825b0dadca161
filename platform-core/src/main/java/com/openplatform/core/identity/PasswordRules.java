package com.openplatform.core.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The password rules of every tenant's realm, in one place: the platform checks them before it asks
 * Keycloak for anything (so a form names the field at fault), and Keycloak enforces the same rules
 * as its realm password policy ({@link #KEYCLOAK_POLICY}) on every other path.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  /** Keycloak's realm password policy for the rules below. */
  public static final String KEYCLOAK_POLICY =
      "length(" + MIN_LENGTH + ") and maxLength(" + MAX_LENGTH + ") and notUsername and notEmail";

  private PasswordRules() {}

  /**
   * What is wrong with a password for an account signing in as one of {@code identities} (its email
   * address, its user name), as a field-error code: {@code required}, {@code password-weak} (too
   * short), {@code too-long}, {@code password-identity} (the same as the email or user name).
   */
  public static Optional<String> problem(String password, String... identities) {
    if (password == null || password.isEmpty()) {
      return Optional.of("required");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("password-weak");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("too-long");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    for (String identity : identities) {
      if (identity != null && lower.equals(identity.toLowerCase(Locale.ROOT))) {
        return Optional.of("password-identity");
      }
    }
    return Optional.empty();
  }
}
