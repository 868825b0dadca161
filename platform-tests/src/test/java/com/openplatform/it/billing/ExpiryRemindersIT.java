package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.Probe;
import com.openplatform.it.support.Verifications;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * §2.4 on the real stack: a verification entering its renewal window is mailed a reminder, once,
 * with its end in the tenant's zone and the link to re-verify, which works; one that ends in a year
 * and one already being renewed are not. The test asks for the reminder rounds itself.
 */
class ExpiryRemindersIT extends FeeInForceTest {

  private static final String ORDERS = "/portal/api/verification/orders";

  /** Moves an approved verification's end to ten days from now: into the 30-day renewal window. */
  private static void endsInTenDays(String orderId) {
    assertThat(
            Db.update(
                "UPDATE verification_order SET valid_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL"
                    + " 10 DAY) WHERE id = ?",
                orderId))
        .isEqualTo(1);
  }

  private static List<MimeMessage> remindersTo(String email) throws Exception {
    List<MimeMessage> reminders = new java.util.ArrayList<>();
    for (MimeMessage m : Accounts.mailsTo(email)) {
      if (m.getSubject().contains("expires soon")) {
        reminders.add(m);
      }
    }
    return reminders;
  }

  @Test
  void aVerificationAboutToEndIsRemindedOnceAndRenewalOpens() throws Exception {
    Verifications.Order expiring = Verifications.approved("remind-soon");
    Verifications.Order lasting = Verifications.approved("remind-year");
    Verifications.Order renewing = Verifications.approved("remind-renewing");
    // the renewing developer has ordered again before the reminder could go out: a later order
    // approved for a year stands for the renewal (its own end is far off, so it is no reminder)
    Verifications.Order again = Verifications.approved("remind-renewed");
    String renewingAccount =
        Db.string("SELECT account_id FROM verification_order WHERE id = ?", renewing.id())
            .orElseThrow();
    Db.update(
        "UPDATE verification_order SET account_id = ? WHERE id = ?", renewingAccount, again.id());
    endsInTenDays(renewing.id());
    endsInTenDays(expiring.id());

    Probe.round("expiry-reminders");
    List<MimeMessage> reminders = Accounts.awaitMails(expiring.email(), "expires soon", 1);
    assertThat(reminders).as("a reminder after the round, through the notices").hasSize(1);
    String text = Accounts.textOf(reminders.get(0));
    assertThat(text)
        .contains("Asia/Shanghai")
        .contains("到期")
        .contains("http://demo.localhost")
        .contains("/portal/account/verification.xhtml");
    assertThat(reminders.get(0).getSubject()).contains("开发者认证即将到期");

    // more rounds send nothing more, and nothing to the others: one notice per order, whose
    // email delivery is recorded sent (§6.2)
    Probe.round("expiry-reminders");
    Probe.round("expiry-reminders");
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice n JOIN notice_delivery d ON d.notice_id = n.id"
                    + " WHERE n.dedupe_key = ? AND d.channel = 'EMAIL' AND d.state = 'SENT'",
                "verification.expiring:" + expiring.id()))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice WHERE dedupe_key IN (?, ?)",
                "verification.expiring:" + lasting.id(),
                "verification.expiring:" + renewing.id()))
        .isZero();
    assertThat(remindersTo(expiring.email())).hasSize(1);
    assertThat(remindersTo(lasting.email())).isEmpty();
    assertThat(remindersTo(renewing.email())).isEmpty();
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM verification_order WHERE id = ? AND reminded_at IS NOT NULL",
                expiring.id()))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM verification_order WHERE id = ? AND reminded_at IS NULL",
                lasting.id()))
        .isEqualTo(1);

    // the link's promise holds: the reminded developer may order re-verification now
    Api.Reply status = Api.get("demo", "/portal/api/verification", expiring.token());
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    assertThat(status.json().get("canApply").asBoolean()).as(status.body()).isTrue();
    Api.Reply renewal = Api.call("demo", "POST", ORDERS, null, expiring.token());
    assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
    // the one whose verification ends in a year may not yet
    Api.Reply early = Api.call("demo", "POST", ORDERS, null, lasting.token());
    assertThat(early.status()).as(early.body()).isEqualTo(409);
  }
}
