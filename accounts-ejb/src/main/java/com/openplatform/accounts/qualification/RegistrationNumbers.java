package com.openplatform.accounts.qualification;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One key per registration number however it is written (§2.2, §5.4, §5.7): Unicode compatibility
 * form (full-width digits and letters become ASCII), no spaces or separators, upper case. Numbers
 * are compared by this key, so a banned entity's number doesn't pass as new with spaces, hyphens,
 * lower case or full-width characters.
 */
public final class RegistrationNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-‐‑‒–—―−._/\\\\·・,，。]+");

  private RegistrationNumbers() {}

  public static String key(String raw) {
    if (raw == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    return SEPARATORS.matcher(nfkc).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
