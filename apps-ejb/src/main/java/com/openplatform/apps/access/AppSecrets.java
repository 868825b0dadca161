package com.openplatform.apps.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AppSecrets. A developer is shown a random AppSecret once; the app's client in the tenant's realm
 * keeps only its digest, which the platform's authenticator inside Keycloak (keycloak-provider,
 * {@code AppCredential}) compares at the realm's token endpoint. The platform stores neither.
 */
public final class AppSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AppSecrets() {}

  /** A new AppSecret: 32 random bytes, base64url without padding (43 characters). */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The digest Keycloak keeps: SHA-256 of the secret's UTF-8 bytes, base64url without padding (the
   * format keycloak-provider's {@code AppCredential.digest} computes on its side). A digest without
   * a slow hash is enough: the secret is 256 random bits, not a password a person chose.
   */
  public static String digest(String secret) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
