package com.openplatform.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** An operator's existing QQ-number users, as a file of password hashes Keycloak verifies. */
public final class QqImports {

  private static final SecureRandom RANDOM = new SecureRandom();

  private QqImports() {}

  public static String newQq() {
    return Long.toString(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 8_999_999_999L);
  }

  /** A CSV line: qqNumber,displayName,pbkdf2-sha256,27500,salt,hash for this password. */
  public static String csvLine(String qq, String displayName, String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return qq
        + ","
        + displayName
        + ",pbkdf2-sha256,27500,"
        + Base64.getEncoder().encodeToString(salt)
        + ","
        + Base64.getEncoder().encodeToString(pbkdf2(password, salt, 27500));
  }

  public static final String HEADER = "qqNumber,displayName,algorithm,iterations,salt,hash";

  static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
          .getEncoded();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a file to the staff API's import, as a tenant administrator would. */
  public static Api.Reply upload(String tenant, String token, String contentType, String body) {
    return Api.send(
        HttpRequest.newBuilder(URI.create(Stack.siteOf(tenant) + "/admin/api/qq-imports"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }
}
