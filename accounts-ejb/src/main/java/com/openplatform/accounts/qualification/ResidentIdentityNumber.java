package com.openplatform.accounts.qualification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The resident identity card number (GB 11643-1999) of an individual, one of the subject types of
 * §1.1, as given in qualification materials (§2.2): 17 digits and a check character, a digit or
 * {@code X} (a lower-case {@code x} is accepted); the birth date in positions 7 to 14 is a real
 * date from 1900-01-01 to today. {@link #toString} masks the number so logs do not carry it.
 *
 * <p>Reasons from {@link #check}: {@code required}, {@code length}, {@code characters}, {@code
 * birth-date}, {@code check-character}.
 */
public record ResidentIdentityNumber(String value) {

  public static final int LENGTH = 18;
  private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public ResidentIdentityNumber {
    value = normalize(value);
    if (!check(value).valid()) {
      throw new IllegalArgumentException("not a resident identity number");
    }
  }

  public static Optional<ResidentIdentityNumber> parse(String raw) {
    return check(raw).valid() ? Optional.of(new ResidentIdentityNumber(raw)) : Optional.empty();
  }

  public static Validation check(String raw) {
    return check(raw, LocalDate.now(CHINA));
  }

  static Validation check(String raw, LocalDate today) {
    String number = normalize(raw);
    if (number.isEmpty()) {
      return Validation.invalid("required");
    }
    if (number.length() != LENGTH) {
      return Validation.invalid("length");
    }
    if (!SHAPE.matcher(number).matches()) {
      return Validation.invalid("characters");
    }
    LocalDate birth = birthDate(number);
    if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
      return Validation.invalid("birth-date");
    }
    if (number.charAt(LENGTH - 1) != checkCharacter(number)) {
      return Validation.invalid("check-character");
    }
    return Validation.ok();
  }

  public LocalDate birthDate() {
    return birthDate(value);
  }

  @Override
  public String toString() {
    String masked = value.substring(0, 6) + "********" + value.substring(14);
    return "ResidentIdentityNumber[" + masked + "]";
  }

  private static LocalDate birthDate(String number) {
    try {
      return LocalDate.of(
          Integer.parseInt(number, 6, 10, 10),
          Integer.parseInt(number, 10, 12, 10),
          Integer.parseInt(number, 12, 14, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static String normalize(String raw) {
    return RegistrationNumbers.key(raw);
  }
}
