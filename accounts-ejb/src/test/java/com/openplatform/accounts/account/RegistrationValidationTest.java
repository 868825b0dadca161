package com.openplatform.accounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RegistrationValidationTest {

  @Test
  void reportsEveryMissingField() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () -> AccountRegistration.validate(new RegistrationRequest(null, "")));
    assertThat(e.kind().status()).isEqualTo(400);
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("email", "password");
  }

  @Test
  void refusesInvalidEmailAndShortPassword() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () -> AccountRegistration.validate(new RegistrationRequest("nope", "short")));
    assertThat(e.errors()).extracting(FieldError::code).containsExactly("email", "password-weak");
  }

  @Test
  void acceptsValidRequest() {
    assertThat(
            AccountRegistration.validate(new RegistrationRequest("Dev@Example.com", "long-enough")))
        .isEqualTo(new EmailAddress("dev@example.com"));
  }
}
