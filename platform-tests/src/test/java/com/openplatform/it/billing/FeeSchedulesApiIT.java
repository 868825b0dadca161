package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Fee schedules on the real stack (§2.3): finance publishes, a rise waits for the notice period
 * (§2.3.2), a cut takes effect at once, amounts are exact, bad input writes nothing, and nobody
 * else — a developer, a reviewer, another tenant — changes or sees another tenant's prices.
 */
class FeeSchedulesApiIT {

  private static final String PATH = "/admin/api/fee-schedules/verification";

  private static String version(String amount, Instant at) {
    return "{\"amount\":\"" + amount + "\",\"effectiveAt\":\"" + at + "\"}";
  }

  @Test
  void aRiseIsAnnouncedBeforeItTakesEffectAndACutIsImmediate() {
    String finance = Api.staffToken("demo", "finance");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonNode before = Api.get("demo", PATH, finance).json();
    int versions = before.get("versions").size();
    int notice = before.get("noticeDays").asInt();
    assertThat(notice).isEqualTo(30);

    // beyond the notice period; runs of the suite on the same data differ by their seconds
    Instant later = now.plus(Duration.ofDays(400));
    Api.Reply rise =
        Api.call("demo", "POST", PATH + "/versions", version("300.00", later), finance);
    assertThat(rise.status()).as(rise.body()).isEqualTo(201);
    assertThat(rise.json().get("amount").asText()).isEqualTo("300.00");
    assertThat(rise.json().get("currency").asText()).isEqualTo("CNY");
    // §2.3.2: developers see the announced change on their verification status (an earlier one
    // published by another run on the same data comes first)
    String developer = Accounts.newEmail("announced");
    Accounts.registerConfirmed("demo", developer, "fees-password-1");
    JsonNode status =
        Api.get("demo", "/portal/api/verification", Api.token("demo", developer, "fees-password-1"))
            .json();
    assertThat(status.hasNonNull("announcedFrom")).as(status.toString()).isTrue();
    Instant announcedFrom = Instant.parse(status.get("announcedFrom").asText());
    assertThat(announcedFrom).isAfter(now).isBeforeOrEqualTo(later);
    if (announcedFrom.equals(later)) {
      assertThat(status.get("announcedPrice").asText()).isEqualTo("300.00");
    }

    Api.Reply soon =
        Api.call(
            "demo",
            "POST",
            PATH + "/versions",
            version("999.00", now.plus(Duration.ofDays(10))),
            finance);
    assertThat(soon.status()).as(soon.body()).isEqualTo(409);
    assertThat(soon.json().get("code").asText()).isEqualTo("fee-not-announced");
    assertThat(soon.json().get("detail").asText()).contains("30", "§2.3.2");

    Api.Reply past =
        Api.call(
            "demo", "POST", PATH + "/versions", version("1.00", now.minusSeconds(60)), finance);
    assertThat(past.status()).isEqualTo(409);
    assertThat(past.json().get("code").asText()).isEqualTo("fee-conflict");

    JsonNode after = Api.get("demo", PATH, finance).json();
    assertThat(after.get("versions").size()).isEqualTo(versions + 1);
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    String finance = Api.staffToken("demo", "finance");
    long rows = Db.count("SELECT COUNT(*) FROM fee_version");
    Instant later = Instant.now().plus(Duration.ofDays(60));
    for (String bad :
        new String[] {
          version("0.001", later),
          version("-5", later),
          version("lots", later),
          version("1".repeat(30), later),
          "{\"amount\":\"10\",\"effectiveAt\":\"next week\"}",
          "{\"amount\":\"10\",\"currency\":\"XYZ\",\"effectiveAt\":\"" + later + "\"}",
          "{\"amount\":\"10\"}",
          "{not json"
        }) {
      Api.Reply reply = Api.call("demo", "POST", PATH + "/versions", bad, finance);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.json().get("code").asText()).isIn("invalid-input", "malformed-body");
    }
    assertThat(Api.get("demo", "/admin/api/fee-schedules/parking", finance).status())
        .isEqualTo(404);
    assertThat(Db.count("SELECT COUNT(*) FROM fee_version")).isEqualTo(rows);
  }

  @Test
  void onlyFinanceAndAdministratorsPublishAndEachTenantSeesItsOwn() {
    Instant later = Instant.now().plus(Duration.ofDays(90));
    String developer = Accounts.newEmail("fees");
    Accounts.registerConfirmed("demo", developer, "fees-password-1");
    String dev = Api.token("demo", developer, "fees-password-1");
    assertThat(Api.get("demo", PATH, dev).status()).isEqualTo(403);
    assertThat(Api.call("demo", "POST", PATH + "/versions", version("1.00", later), dev).status())
        .isEqualTo(403);
    String reviewer = Api.staffToken("demo", "reviewer");
    assertThat(Api.get("demo", PATH, reviewer).status()).isEqualTo(200);
    assertThat(
            Api.call("demo", "POST", PATH + "/versions", version("1.00", later), reviewer).status())
        .isEqualTo(403);

    String acmeFinance = Api.staffToken("acme", "finance");
    long demoVersions =
        Api.get("demo", PATH, Api.staffToken("demo", "finance")).json().get("versions").size();
    assertThat(demoVersions).isGreaterThanOrEqualTo(0);
    assertThat(Api.get("demo", PATH, acmeFinance).status())
        .as("another tenant's token")
        .isEqualTo(401);
    JsonNode acme = Api.get("acme", PATH, acmeFinance).json();
    assertThat(Db.count("SELECT COUNT(*) FROM fee_version WHERE tenant_id = 'acme'"))
        .isEqualTo(acme.get("versions").size());
  }

  /**
   * Issue 22 item 6 (§2.3.2), in tenant acme: the price in force republished an hour ahead, then a
   * cut two minutes ahead, would raise the price an hour later with an hour's notice — the cut is
   * refused and nothing is written; developers see every announced change, not only the next.
   */
  @Test
  void aCutCannotTurnAnAnnouncedPriceIntoARiseAndDevelopersSeeEveryChange() {
    String finance = Api.staffToken("acme", "finance");
    String email = Accounts.newEmail("every-change");
    Accounts.registerConfirmed("acme", email, "fees-password-1");
    String dev = Api.token("acme", email, "fees-password-1");
    JsonNode before = Api.get("acme", "/portal/api/verification", dev).json();
    assertThat(before.hasNonNull("price")).as(before.toString()).isTrue();
    String current = before.get("price").asText();

    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant first =
        now.plus(Duration.ofDays(40)).plusSeconds(new java.util.Random().nextInt(86_400));
    Instant second = first.plus(Duration.ofDays(40));
    assertThat(
            Api.call("acme", "POST", PATH + "/versions", version("500.00", first), finance)
                .status())
        .isEqualTo(201);
    assertThat(
            Api.call("acme", "POST", PATH + "/versions", version("600.00", second), finance)
                .status())
        .isEqualTo(201);
    JsonNode changes =
        Api.get("acme", "/portal/api/verification", dev).json().get("announcedChanges");
    java.util.List<String> seen = new java.util.ArrayList<>();
    changes.forEach(
        c -> {
          Instant from = Instant.parse(c.get("from").asText());
          if (from.equals(first) || from.equals(second)) {
            seen.add(c.get("price").asText());
          }
        });
    assertThat(seen).containsExactly("500.00", "600.00");

    assertThat(
            Api.call(
                    "acme",
                    "POST",
                    PATH + "/versions",
                    version(current, now.plus(Duration.ofHours(1))),
                    finance)
                .status())
        .isEqualTo(201);
    int rows = Db.count("SELECT COUNT(*) FROM fee_version WHERE tenant_id = 'acme'");
    Api.Reply cut =
        Api.call(
            "acme",
            "POST",
            PATH + "/versions",
            version(
                new java.math.BigDecimal(current)
                    .subtract(java.math.BigDecimal.ONE)
                    .toPlainString(),
                now.plus(Duration.ofMinutes(2))),
            finance);
    assertThat(cut.status()).as(cut.body()).isEqualTo(409);
    assertThat(cut.json().get("code").asText()).isEqualTo("fee-not-announced");
    assertThat(Db.count("SELECT COUNT(*) FROM fee_version WHERE tenant_id = 'acme'"))
        .isEqualTo(rows);
  }
}
