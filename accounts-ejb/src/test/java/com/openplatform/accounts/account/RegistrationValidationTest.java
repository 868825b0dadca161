package com.openplatform.accounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationValidationTest {

  @Test
  void aMissingAddressIsRefusedAtOnce() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () -> AccountRegistration.checkEmail(" ", new ArrayList<>(), true));
    assertThat(e.kind().status()).isEqualTo(400);
    assertThat(e.errors()).extracting(FieldError::code).containsExactly("required");
  }

  @Test
  void anAddressLongerThanTheColumnIsTooLong() {
    String tooLong =
        "a".repeat(64)
            + "@"
            + "b".repeat(63)
            + "."
            + "c".repeat(63)
            + "."
            + "d".repeat(58)
            + ".com";
    List<FieldError> errors = new ArrayList<>();
    AccountRegistration.checkEmail(tooLong, errors, false);
    assertThat(tooLong).hasSize(EmailAddress.MAX_LENGTH + 1);
    assertThat(errors).extracting(FieldError::code).containsExactly("too-long");
  }

  @Test
  void collectsErrorsWithoutRaisingWhenAsked() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(AccountRegistration.checkEmail("nope", errors, false)).isEmpty();
    assertThat(errors).extracting(FieldError::code).containsExactly("email");
  }

  @Test
  void normalisesAValidAddress() {
    assertThat(AccountRegistration.checkEmail("Dev@Example.com", new ArrayList<>(), true))
        .contains(new EmailAddress("dev@example.com"));
  }
}
