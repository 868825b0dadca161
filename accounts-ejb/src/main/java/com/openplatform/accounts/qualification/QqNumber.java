package com.openplatform.accounts.qualification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A QQ number, for signing in with QQ (§2.1.1): 5 to 11 digits, the first not 0, surrounding spaces
 * trimmed.
 *
 * <p>Reasons from {@link #check}: {@code required}, {@code format}.
 */
public record QqNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{4,10}");

  public QqNumber {
    value = normalize(value);
    if (!check(value).valid()) {
      throw new IllegalArgumentException("not a QQ number");
    }
  }

  public static Optional<QqNumber> parse(String raw) {
    return check(raw).valid() ? Optional.of(new QqNumber(raw)) : Optional.empty();
  }

  public static Validation check(String raw) {
    String number = normalize(raw);
    if (number.isEmpty()) {
      return Validation.invalid("required");
    }
    return SHAPE.matcher(number).matches() ? Validation.ok() : Validation.invalid("format");
  }

  private static String normalize(String raw) {
    return raw == null ? "" : raw.strip();
  }
}
