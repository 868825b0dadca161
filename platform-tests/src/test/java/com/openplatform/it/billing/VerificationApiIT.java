package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Qualifications;
import com.openplatform.it.support.Stack;
import com.openplatform.it.support.WeChatPayPeer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Paid verification on the real stack (§2.3, §2.4): ordered with complete materials at the price in
 * force, paid once whatever the number of notifications (1,000 concurrent replays of a signed
 * WeChat Pay notification book one payment), forged or stale notifications write nothing, staff
 * decide, finance refunds as a ledger entry, the ledger balances, and nobody sees another
 * developer's or tenant's orders.
 */
@ResourceLock(Locks.DEMO_WECHAT_PAY)
class VerificationApiIT extends FeeInForceTest {

  private static final String MINE = "/portal/api/verification";
  private static final String DESK = "/admin/api/verification-orders";

  private static String developer(String prefix, boolean materials) {
    String email = Accounts.newEmail(prefix);
    Accounts.registerConfirmed("demo", email, "verify-password-1");
    String token = Api.token("demo", email, "verify-password-1");
    if (materials) {
      Qualifications.complete("demo", token);
    }
    return token;
  }

  private static int ledgerRows(String orderId) {
    return Db.count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?", orderId);
  }

  @Test
  void orderedWithCompleteMaterialsPaidOnceApprovedAndReadByNoOneElse() {
    String dev = developer("verify", false);
    JsonNode before = Api.get("demo", MINE, dev).json();
    assertThat(before.get("verified").asBoolean()).isFalse();
    assertThat(before.get("canApply").asBoolean()).isFalse();
    assertThat(before.get("cannotApply").asText()).isEqualTo("materials-incomplete");
    Api.Reply early = Api.call("demo", "POST", MINE + "/orders", null, dev);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asText()).isEqualTo("materials-incomplete");

    Qualifications.complete("demo", dev);
    JsonNode ready = Api.get("demo", MINE, dev).json();
    assertThat(ready.get("canApply").asBoolean()).as(ready.toString()).isTrue();
    String price = ready.get("price").asText();

    Api.Reply ordered = Api.call("demo", "POST", MINE + "/orders", null, dev);
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    JsonNode order = ordered.json();
    String id = order.get("id").asText();
    assertThat(order.get("state").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.get("amount").asText()).isEqualTo(price);
    assertThat(Instant.parse(order.get("payBy").asText())).isAfter(Instant.now());
    Api.Reply twice = Api.call("demo", "POST", MINE + "/orders", null, dev);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asText()).isEqualTo("verification-open");

    String other = developer("verify-other", true);
    assertThat(Api.get("demo", MINE + "/orders/" + id, other).status()).isEqualTo(404);
    assertThat(
            Api.call("demo", "POST", MINE + "/orders/" + id + "/sandbox-payment", null, other)
                .status())
        .isEqualTo(404);
    assertThat(Api.get("demo", MINE + "/orders", other).json().get("total").asLong()).isZero();

    Api.Reply paid =
        Api.call("demo", "POST", MINE + "/orders/" + id + "/sandbox-payment", null, dev);
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().get("state").asText()).isEqualTo("PAID");
    assertThat(paid.json().get("transactionId").asText()).startsWith("sandbox-");
    Api.Reply again =
        Api.call("demo", "POST", MINE + "/orders/" + id + "/sandbox-payment", null, dev);
    assertThat(again.status()).isEqualTo(200);
    assertThat(ledgerRows(id)).isEqualTo(1);

    // the review: reviewers decide; a developer, finance, another tenant's staff can't
    String reviewer = Api.staffToken("demo", "reviewer");
    JsonNode queue = Api.get("demo", DESK + "?max=200", reviewer).json();
    assertThat(queue.get("items").findValuesAsText("id")).contains(id);
    String approve = "{\"outcome\":\"approve\"}";
    assertThat(Api.call("demo", "POST", DESK + "/" + id + "/decision", approve, dev).status())
        .isEqualTo(403);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + id + "/decision",
                    approve,
                    Api.staffToken("demo", "finance"))
                .status())
        .isEqualTo(403);
    String acmeReviewer = Api.staffToken("acme", "reviewer");
    assertThat(Api.get("acme", DESK + "/" + id, acmeReviewer).status()).isEqualTo(404);
    assertThat(
            Api.call("acme", "POST", DESK + "/" + id + "/decision", approve, acmeReviewer).status())
        .isEqualTo(404);
    assertThat(Api.get("demo", DESK + "/" + id, acmeReviewer).status()).isEqualTo(401);

    Api.Reply decided = Api.call("demo", "POST", DESK + "/" + id + "/decision", approve, reviewer);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("order").get("state").asText()).isEqualTo("APPROVED");
    assertThat(decided.json().get("ledger").size()).isEqualTo(1);
    Instant validUntil = Instant.parse(decided.json().get("order").get("validUntil").asText());
    assertThat(validUntil)
        .isBetween(
            Instant.now().plus(Duration.ofDays(364)), Instant.now().plus(Duration.ofDays(366)));

    // §2.4, §6.1: the developer is told through the notices module (inbox and email)
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.get("demo", "/notices/api/me/inbox", dev)
                    .json()
                    .get("items")
                    .findValuesAsText("subjectEn")
                    .contains("Developer verification approved"));

    JsonNode after = Api.get("demo", MINE, dev).json();
    assertThat(after.get("verified").asBoolean()).isTrue();
    assertThat(Instant.parse(after.get("validUntil").asText())).isEqualTo(validUntil);
    assertThat(after.get("cannotApply").asText()).isEqualTo("verification-valid");
    assertThat(Api.call("demo", "POST", MINE + "/orders", null, dev).status()).isEqualTo(409);
    assertThat(Api.call("demo", "POST", DESK + "/" + id + "/decision", approve, reviewer).status())
        .isEqualTo(409);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + id + "/refund",
                    null,
                    Api.staffToken("demo", "finance"))
                .status())
        .as("an approved verification is not refunded")
        .isEqualTo(409);

    JsonNode receipt = Api.get("demo", MINE + "/orders/" + id, dev).json();
    assertThat(receipt.get("paidAt").isNull()).isFalse();
    assertLedgerBalancesToday();
  }

  @Test
  void aRejectionCarriesReasonsAndFinanceRefundsItAsALedgerEntry() {
    String dev = developer("verify-reject", true);
    String id = Api.call("demo", "POST", MINE + "/orders", null, dev).json().get("id").asText();
    String reviewer = Api.staffToken("demo", "reviewer");
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + id + "/decision",
                    "{\"outcome\":\"approve\"}",
                    reviewer)
                .status())
        .as("not paid yet")
        .isEqualTo(409);
    Api.call("demo", "POST", MINE + "/orders/" + id + "/sandbox-payment", null, dev);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + id + "/decision",
                    "{\"outcome\":\"reject\"}",
                    reviewer)
                .status())
        .as("a rejection needs reasons")
        .isEqualTo(400);
    Api.Reply rejected =
        Api.call(
            "demo",
            "POST",
            DESK + "/" + id + "/decision",
            "{\"outcome\":\"reject\",\"reasons\":[\"营业执照模糊\",\"Contact phone unreachable\"]}",
            reviewer);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().get("order").get("state").asText()).isEqualTo("REJECTED");
    JsonNode mine = Api.get("demo", MINE + "/orders/" + id, dev).json();
    assertThat(mine.get("reasons").get(0).asText()).isEqualTo("营业执照模糊");

    assertThat(Api.call("demo", "POST", DESK + "/" + id + "/refund", null, reviewer).status())
        .as("reviewers don't pay money back")
        .isEqualTo(403);
    String finance = Api.staffToken("demo", "finance");
    Api.Reply refunded = Api.call("demo", "POST", DESK + "/" + id + "/refund", null, finance);
    assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
    assertThat(refunded.json().get("order").get("state").asText()).isEqualTo("REFUNDED");
    JsonNode ledger = refunded.json().get("ledger");
    assertThat(ledger.size()).isEqualTo(2);
    assertThat(new BigDecimal(ledger.get(0).get("amount").asText()))
        .isEqualByComparingTo(new BigDecimal(ledger.get(1).get("amount").asText()).negate());
    assertThat(Api.call("demo", "POST", DESK + "/" + id + "/refund", null, finance).status())
        .isEqualTo(409);
    assertThat(ledgerRows(id)).isEqualTo(2);

    // resubmission: a new order at the price in force
    assertThat(Api.call("demo", "POST", MINE + "/orders", null, dev).status()).isEqualTo(201);
    assertLedgerBalancesToday();
  }

  @Test
  void signedNotificationsBookOnePaymentWhateverTheReplaysAndForgeriesWriteNothing()
      throws Exception {
    KeyPair platform = WeChatPayPeer.rsa();
    String serial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    String apiKey = WeChatPayPeer.randomKey();
    String admin = Api.staffToken("demo", "tenant-admin");
    Map<String, Object> settings = new HashMap<>();
    settings.put("merchantId", "1900000109");
    settings.put("apiV3Key", apiKey);
    settings.put(
        "certificates",
        List.of(
            Map.of(
                "serial",
                serial,
                "publicKey",
                Base64.getEncoder().encodeToString(platform.getPublic().getEncoded()))));
    Api.Reply configured =
        Api.call("demo", "PUT", "/admin/api/payment-providers/wechat", Api.json(settings), admin);
    assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    assertThat(configured.body()).doesNotContain(apiKey);
    assertThat(
            Api.call(
                    "demo",
                    "PUT",
                    "/admin/api/payment-providers/wechat",
                    Api.json(settings),
                    Api.staffToken("demo", "finance"))
                .status())
        .isEqualTo(403);

    String dev = developer("verify-wechat", true);
    JsonNode order = Api.call("demo", "POST", MINE + "/orders", null, dev).json();
    String id = order.get("id").asText();
    long fen = new BigDecimal(order.get("amount").asText()).movePointRight(2).longValueExact();
    String transaction = "4200000" + System.nanoTime();
    String body =
        WeChatPayPeer.notification(apiKey, order.get("number").asText(), transaction, fen);

    // refused: nothing written
    KeyPair stranger = WeChatPayPeer.rsa();
    List<Api.Reply> refused = new ArrayList<>();
    refused.add(send(signed(body, stranger, serial, Instant.now())));
    refused.add(send(signed(body, platform, serial, Instant.now().minusSeconds(600))));
    refused.add(send(signed(body, platform, "ABCDEF", Instant.now())));
    refused.add(
        send(
            signed(
                body.replaceFirst("\"ciphertext\":\"(.)", "\"ciphertext\":\"A$1"),
                platform,
                serial,
                Instant.now())));
    refused.add(
        send(
            signed(
                WeChatPayPeer.notification(
                    apiKey, order.get("number").asText(), transaction, fen - 1),
                platform,
                serial,
                Instant.now())));
    refused.add(
        send(
            signed(
                WeChatPayPeer.notification(apiKey, "0".repeat(32), transaction, fen),
                platform,
                serial,
                Instant.now())));
    assertThat(refused).extracting(Api.Reply::status).containsExactly(400, 400, 400, 400, 409, 404);
    assertThat(refused.get(0).json().get("code").asText()).isEqualTo("notification-refused");
    assertThat(ledgerRows(id)).isZero();
    assertThat(Db.string("SELECT state FROM verification_order WHERE id = ?", id))
        .hasValue("AWAITING_PAYMENT");

    // 1,000 concurrent replays of one genuine notification: one paid transition, one entry
    HttpRequest genuine = signed(body, platform, serial, Instant.now());
    // a client of their own: its thousand connections stay out of the suite's shared pool, where
    // the server closing them later made other test classes' requests fail on reuse
    java.net.http.HttpClient replayer =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<CompletableFuture<HttpResponse<String>>> replays = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      replays.add(replayer.sendAsync(genuine, HttpResponse.BodyHandlers.ofString()));
    }
    Map<Integer, Integer> statuses = new HashMap<>();
    for (CompletableFuture<HttpResponse<String>> replay : replays) {
      statuses.merge(replay.get().statusCode(), 1, Integer::sum);
    }
    assertThat(statuses).isEqualTo(Map.of(204, 1000));
    assertThat(ledgerRows(id)).isEqualTo(1);
    assertThat(Db.string("SELECT state FROM verification_order WHERE id = ?", id)).hasValue("PAID");
    assertThat(Db.string("SELECT transaction_id FROM verification_order WHERE id = ?", id))
        .hasValue(transaction);

    // a late replay, freshly signed by the provider: still one
    assertThat(send(signed(body, platform, serial, Instant.now())).status()).isEqualTo(204);
    assertThat(ledgerRows(id)).isEqualTo(1);
    // the same notification on another tenant's site: that tenant has no such order / settings
    HttpRequest elsewhere =
        HttpRequest.newBuilder(
                URI.create(Stack.siteOf("acme") + "/portal/api/payments/wechat/notifications"))
            .headers(headers(genuine))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    assertThat(Api.send(elsewhere).status()).isIn(400, 404);
    assertLedgerBalancesToday();
  }

  private static void assertLedgerBalancesToday() {
    String finance = Api.staffToken("demo", "finance");
    Api.Reply day =
        Api.get("demo", "/admin/api/ledger/days/" + LocalDate.now(ZoneOffset.UTC), finance);
    assertThat(day.status()).as(day.body()).isEqualTo(200);
    for (JsonNode currency : day.json()) {
      assertThat(currency.get("balanced").asBoolean()).as(currency.toString()).isTrue();
    }
    long entries =
        Db.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE tenant_id = 'demo' AND booked_at >= ?",
            LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(day.json().findValues("entries").stream().mapToLong(JsonNode::asLong).sum())
        .isEqualTo(entries);
  }

  private static String[] headers(HttpRequest request) {
    List<String> h = new ArrayList<>();
    request
        .headers()
        .map()
        .forEach(
            (k, v) -> {
              h.add(k);
              h.add(v.get(0));
            });
    return h.toArray(String[]::new);
  }

  private static Api.Reply send(HttpRequest request) {
    return Api.send(request);
  }

  private static HttpRequest signed(String body, KeyPair key, String serial, Instant at) {
    return WeChatPayPeer.signed(
        URI.create(Stack.siteOf("demo") + "/portal/api/payments/wechat/notifications"),
        body,
        key.getPrivate(),
        serial,
        at);
  }

  /**
   * Payments of different orders booked at the same moment all succeed, each once: under REPEATABLE
   * READ the ledger's look-up of a provider transaction not booked yet took a gap lock, and two
   * such bookings deadlocked (500, seen in the parallel test run); READ COMMITTED since.
   */
  @Test
  void paymentsOfManyOrdersAtOnceAreAllBooked() {
    List<String[]> orders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String email = Accounts.newEmail("at-once");
      Accounts.registerConfirmed("demo", email, "at-once-password-1");
      String dev = Api.token("demo", email, "at-once-password-1");
      com.openplatform.it.support.Qualifications.complete("demo", dev);
      Api.Reply ordered = Api.call("demo", "POST", MINE + "/orders", null, dev);
      assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
      orders.add(new String[] {ordered.json().get("id").asText(), dev});
    }
    List<CompletableFuture<Integer>> paying = new ArrayList<>();
    for (String[] order : orders) {
      paying.add(
          CompletableFuture.supplyAsync(
              () ->
                  Api.call(
                          "demo",
                          "POST",
                          MINE + "/orders" + "/" + order[0] + "/sandbox-payment",
                          null,
                          order[1])
                      .status()));
    }
    assertThat(paying.stream().map(CompletableFuture::join).toList()).containsOnly(200);
    for (String[] order : orders) {
      assertThat(Db.count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?", order[0]))
          .isEqualTo(1);
    }
  }
}
