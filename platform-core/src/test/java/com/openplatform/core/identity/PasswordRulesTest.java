package com.openplatform.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void passwordsFromTenToAHundredAndTwentyEightCharactersPass() {
    assertThat(PasswordRules.problem("a".repeat(10), "dev@example.com")).isEmpty();
    assertThat(PasswordRules.problem("a".repeat(128), "dev@example.com")).isEmpty();
  }

  @Test
  void missingShortAndLongPasswordsAreNamed() {
    assertThat(PasswordRules.problem(null)).contains("required");
    assertThat(PasswordRules.problem("")).contains("required");
    assertThat(PasswordRules.problem("a".repeat(9))).contains("password-weak");
    assertThat(PasswordRules.problem("a".repeat(129))).contains("too-long");
  }

  @Test
  void theAccountsOwnAddressOrNameIsNoPassword() {
    assertThat(PasswordRules.problem("Dev@Example.com", "dev@example.com"))
        .contains("password-identity");
    assertThat(PasswordRules.problem("1234567890", null, "1234567890"))
        .contains("password-identity");
  }

  @Test
  void keycloaksPolicyStatesTheSameLengths() {
    assertThat(PasswordRules.KEYCLOAK_POLICY)
        .isEqualTo("length(10) and maxLength(128) and notUsername and notEmail");
  }
}
