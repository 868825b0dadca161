package com.openplatform.accounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openplatform.core.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountActionTest {

  private static DeveloperAccount account() {
    return new DeveloperAccount(new EmailAddress("dev@example.com"), Instant.EPOCH);
  }

  private static DeveloperAccount accountIn(AccountStatus status) {
    DeveloperAccount account = account();
    switch (status) {
      case PENDING -> {}
      case ACTIVE -> account.apply(AccountAction.CONFIRM_EMAIL, "t", null, Instant.EPOCH);
      case RESTRICTED -> {
        account.apply(AccountAction.CONFIRM_EMAIL, "t", null, Instant.EPOCH);
        account.apply(AccountAction.RESTRICT, "t", "r", Instant.EPOCH);
      }
      case SUSPENDED -> {
        account.apply(AccountAction.CONFIRM_EMAIL, "t", null, Instant.EPOCH);
        account.apply(AccountAction.SUSPEND, "t", "r", Instant.EPOCH);
      }
      case TERMINATED -> account.apply(AccountAction.TERMINATE, "t", "r", Instant.EPOCH);
      case BANNED -> account.apply(AccountAction.BAN, "t", "r", Instant.EPOCH);
    }
    return account;
  }

  @Test
  void aNewAccountIsPendingUntilItsEmailIsConfirmed() {
    DeveloperAccount account = account();
    assertThat(account.status()).isEqualTo(AccountStatus.PENDING);

    AccountStatusChange change =
        account.apply(AccountAction.CONFIRM_EMAIL, "dev@example.com", null, Instant.EPOCH);

    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(change.fromStatus()).isEqualTo(AccountStatus.PENDING);
    assertThat(change.toStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(change.action()).isEqualTo("confirm-email");
    assertThat(change.actor()).isEqualTo("dev@example.com");
  }

  @ParameterizedTest
  @CsvSource({
    "ACTIVE, RESTRICT, RESTRICTED",
    "ACTIVE, SUSPEND, SUSPENDED",
    "RESTRICTED, SUSPEND, SUSPENDED",
    "RESTRICTED, REINSTATE, ACTIVE",
    "SUSPENDED, REINSTATE, ACTIVE",
    "ACTIVE, TERMINATE, TERMINATED",
    "PENDING, TERMINATE, TERMINATED",
    "TERMINATED, BAN, BANNED",
    "SUSPENDED, BAN, BANNED"
  })
  void allowedTransitions(AccountStatus from, AccountAction action, AccountStatus to) {
    DeveloperAccount account = accountIn(from);

    account.apply(action, "staff", "reason", Instant.EPOCH);

    assertThat(account.status()).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "PENDING, RESTRICT",
    "PENDING, REINSTATE",
    "ACTIVE, CONFIRM_EMAIL",
    "ACTIVE, REINSTATE",
    "BANNED, REINSTATE",
    "BANNED, TERMINATE",
    "BANNED, BAN",
    "TERMINATED, REINSTATE",
    "TERMINATED, CONFIRM_EMAIL",
    "SUSPENDED, RESTRICT"
  })
  void refusedTransitionsChangeNothing(AccountStatus from, AccountAction action) {
    DeveloperAccount account = accountIn(from);

    assertThatThrownBy(() -> account.apply(action, "staff", "reason", Instant.EPOCH))
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e ->
                assertThat(((ProblemException) e).kind())
                    .isEqualTo(AccountProblem.STATUS_TRANSITION));
    assertThat(account.status()).isEqualTo(from);
  }

  @Test
  void suspendingTerminatingAndBanningLockSignIn() {
    assertThat(AccountAction.SUSPEND.locksSignIn()).isTrue();
    assertThat(AccountAction.TERMINATE.locksSignIn()).isTrue();
    assertThat(AccountAction.BAN.locksSignIn()).isTrue();
    assertThat(AccountAction.RESTRICT.locksSignIn()).isFalse();
    assertThat(AccountAction.REINSTATE.locksSignIn()).isFalse();
  }

  @Test
  void actionsHaveStableCodes() {
    assertThat(AccountAction.ofCode("confirm-email")).contains(AccountAction.CONFIRM_EMAIL);
    assertThat(AccountAction.ofCode("ban")).contains(AccountAction.BAN);
    assertThat(AccountAction.ofCode("delete")).isEmpty();
  }
}
