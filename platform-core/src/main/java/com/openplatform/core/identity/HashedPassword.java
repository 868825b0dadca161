package com.openplatform.core.identity;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A password hash an operator brings along with its existing users (QQ-number accounts, §2.1.1), in
 * the form Keycloak imports and verifies itself: a PBKDF2 algorithm Keycloak ships, its iteration
 * count, and the salt and derived key in Base64. The platform never sees the password.
 */
public record HashedPassword(String algorithm, int iterations, String salt, String hash) {

  /**
   * Keycloak's built-in password hash providers that can verify imported hashes, each with the most
   * iterations accepted: the count Keycloak's own provider uses for new passwords (its default hash
   * iterations: 210,000 for PBKDF2-SHA512, 600,000 for PBKDF2-SHA256, 1,300,000 for PBKDF2-SHA1).
   * More would make every sign-in attempt cost Keycloak that much more CPU, so an import that asks
   * for more is refused (issue 22: 10,000,000 took seconds per attempt).
   */
  public static final Map<String, Integer> MAX_ITERATIONS =
      Map.of("pbkdf2-sha512", 210_000, "pbkdf2-sha256", 600_000, "pbkdf2", 1_300_000);

  public static final Set<String> ALGORITHMS = MAX_ITERATIONS.keySet();

  /** What is wrong with this hash, as a field-error code, or empty when Keycloak can import it. */
  public Optional<String> problem() {
    if (algorithm == null || !ALGORITHMS.contains(algorithm.toLowerCase(Locale.ROOT))) {
      return Optional.of("hash-algorithm");
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS.get(algorithm.toLowerCase(Locale.ROOT))) {
      return Optional.of("hash-iterations");
    }
    if (!base64(salt, 4, 256) || !base64(hash, 16, 512)) {
      return Optional.of("hash-encoding");
    }
    return Optional.empty();
  }

  private static boolean base64(String value, int minBytes, int maxBytes) {
    if (value == null || value.isBlank()) {
      return false;
    }
    try {
      int length = Base64.getDecoder().decode(value.strip()).length;
      return length >= minBytes && length <= maxBytes;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
