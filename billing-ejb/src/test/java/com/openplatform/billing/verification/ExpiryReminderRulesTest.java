package com.openplatform.billing.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.billing.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** §2.4: which later orders spare a developer the reminder that their verification expires. */
class ExpiryReminderRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static VerificationOrder order() {
    return new VerificationOrder(
        "account",
        "dev@example.com",
        "VERIFICATION",
        Money.of(new BigDecimal("300.00"), Money.CNY),
        NOW,
        NOW.plus(Duration.ofDays(1)));
  }

  private static VerificationOrder approvedUntil(Instant until) {
    VerificationOrder o = order();
    o.paid("SANDBOX", "t-" + until, NOW);
    o.approve("reviewer", NOW, until);
    return o;
  }

  private final VerificationOrder expiring = approvedUntil(NOW.plus(Duration.ofDays(10)));

  @Test
  void anOrderOnItsWayRenews() {
    VerificationOrder awaiting = order();
    assertThat(expiring.renewedBy(awaiting)).isTrue();
    awaiting.paid("SANDBOX", "t-1", NOW);
    assertThat(expiring.renewedBy(awaiting)).as("paid, waiting for review").isTrue();
  }

  @Test
  void aLaterApprovalRenewsAnEarlierOneDoesNot() {
    assertThat(expiring.renewedBy(approvedUntil(NOW.plus(Duration.ofDays(375))))).isTrue();
    assertThat(expiring.renewedBy(approvedUntil(NOW.plus(Duration.ofDays(5))))).isFalse();
  }

  @Test
  void anEndedOrderOrTheOrderItselfDoesNot() {
    VerificationOrder expired = order();
    expired.expire();
    assertThat(expiring.renewedBy(expired)).isFalse();
    VerificationOrder rejected = order();
    rejected.paid("SANDBOX", "t-2", NOW);
    rejected.reject("reviewer", NOW, "blurred licence");
    assertThat(expiring.renewedBy(rejected)).isFalse();
    assertThat(expiring.renewedBy(expiring)).isFalse();
  }

  @Test
  void aDeveloperIsRemindedOnce() {
    assertThat(expiring.remind(NOW)).isTrue();
    assertThat(expiring.remind(NOW.plusSeconds(5))).isFalse();
  }
}
