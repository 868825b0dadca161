package com.openplatform.it.support;

import java.security.SecureRandom;

/** Fresh, valid unified social credit codes, so tests never share a registration number. */
public final class Numbers {

  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final SecureRandom RANDOM = new SecureRandom();

  private Numbers() {}

  /**
   * A legal person's code in Fuzhou (91 350100 …) with a random organisation part and its check
   * character.
   */
  public static String uscc() {
    StringBuilder code = new StringBuilder("91350100");
    while (code.length() < 17) {
      code.append(CHARSET.charAt(RANDOM.nextInt(CHARSET.length())));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
  }
}
