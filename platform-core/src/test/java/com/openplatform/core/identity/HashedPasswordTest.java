package com.openplatform.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashedPasswordTest {

  private static final String SALT = "c2FsdHNhbHRzYWx0c2FsdA==";
  private static final String HASH = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

  private static java.util.Optional<String> problem(String algorithm, int iterations) {
    return new HashedPassword(algorithm, iterations, SALT, HASH).problem();
  }

  /** Issue 22 item 11: no more iterations than Keycloak's own provider uses. */
  @Test
  void iterationsAreCappedAtWhatKeycloakUsesPerAlgorithm() {
    assertThat(problem("pbkdf2-sha512", 210_000)).isEmpty();
    assertThat(problem("pbkdf2-sha512", 210_001)).contains("hash-iterations");
    assertThat(problem("pbkdf2-sha256", 600_000)).isEmpty();
    assertThat(problem("pbkdf2-sha256", 600_001)).contains("hash-iterations");
    assertThat(problem("pbkdf2", 1_300_000)).isEmpty();
    assertThat(problem("PBKDF2-SHA256", 10_000_000)).contains("hash-iterations");
    assertThat(problem("pbkdf2-sha256", 0)).contains("hash-iterations");
  }

  @Test
  void otherAlgorithmsAndEncodingsAreRefused() {
    assertThat(problem("md5", 1)).contains("hash-algorithm");
    assertThat(problem(null, 1)).contains("hash-algorithm");
    assertThat(new HashedPassword("pbkdf2-sha256", 27_500, "%%%", HASH).problem())
        .contains("hash-encoding");
  }
}
