package com.openplatform.accounts.qualification;

import java.util.Map;
import java.util.Optional;

/**
 * The unified social credit code (GB 32100-2015) of a legal person or other organisation, one of
 * the subject types of §1.1, as given in its qualification materials (§2.2): 18 characters from
 * {@code 0-9} and {@code A-Y} without I, O, Z, S and V; a registration authority and one of its
 * organisation categories from the standard's table as amended by its amendment no. 1 (XG1-2016: 36
 * pairs, e.g. {@code 31} law firms, {@code 71} religious sites, {@code 81} trade unions, {@code 91}
 * enterprises); a six-digit administrative division (not checked against today's divisions:
 * national registrations use {@code 100000}, codes keep abolished divisions); the check character
 * of the first 17. Spaces, separators, lower case and full-width characters in the input are
 * normalised away ({@link RegistrationNumbers}).
 *
 * <p>Reasons from {@link #check}: {@code required}, {@code length}, {@code characters} (also a
 * character not allowed at its position), {@code check-character}.
 */
public record UnifiedSocialCreditCode(String value) {

  public static final int LENGTH = 18;
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * Organisation categories by registration management department (GB 32100-2015 with XG1-2016): 1
   * 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他.
   */
  private static final Map<Character, String> CATEGORIES =
      Map.ofEntries(
          Map.entry('1', "1239"),
          Map.entry('2', "19"),
          Map.entry('3', "123459"),
          Map.entry('4', "19"),
          Map.entry('5', "1239"),
          Map.entry('6', "129"),
          Map.entry('7', "129"),
          Map.entry('8', "19"),
          Map.entry('9', "123"),
          Map.entry('A', "19"),
          Map.entry('N', "1239"),
          Map.entry('Y', "1"));

  public UnifiedSocialCreditCode {
    value = normalize(value);
    if (!check(value).valid()) {
      throw new IllegalArgumentException("not a unified social credit code");
    }
  }

  public static Optional<UnifiedSocialCreditCode> parse(String raw) {
    return check(raw).valid() ? Optional.of(new UnifiedSocialCreditCode(raw)) : Optional.empty();
  }

  public static Validation check(String raw) {
    String code = normalize(raw);
    if (code.isEmpty()) {
      return Validation.invalid("required");
    }
    if (code.length() != LENGTH) {
      return Validation.invalid("length");
    }
    if (!wellFormed(code)) {
      return Validation.invalid("characters");
    }
    if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
      return Validation.invalid("check-character");
    }
    return Validation.ok();
  }

  private static boolean wellFormed(String code) {
    for (int i = 0; i < LENGTH; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    String categories = CATEGORIES.get(code.charAt(0));
    return categories != null
        && categories.indexOf(code.charAt(1)) >= 0
        && code.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  private static String normalize(String raw) {
    return RegistrationNumbers.key(raw);
  }
}
