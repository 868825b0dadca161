package com.openplatform.accounts.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A registrable email address (§2.1.1, §2.1.2): trimmed, lower-cased, at most 254 characters, one
 * {@code @}, a dotted domain. Validated here, not by a lenient annotation, so the API and the pages
 * refuse exactly the same addresses.
 */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile(
          "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  public EmailAddress {
    value = normalize(value);
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an email address");
    }
  }

  public static Optional<EmailAddress> parse(String raw) {
    return raw != null && isValid(normalize(raw))
        ? Optional.of(new EmailAddress(raw))
        : Optional.empty();
  }

  private static boolean isValid(String normalized) {
    return normalized.length() <= MAX_LENGTH
        && normalized.indexOf('@') <= 64
        && SHAPE.matcher(normalized).matches();
  }

  private static String normalize(String raw) {
    return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
  }
}
