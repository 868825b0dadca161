package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Qualifications;
import com.openplatform.it.support.Stack;
import com.openplatform.it.support.WeChatPayPeer;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * §2.4 paid with WeChat Pay (Native), on the real stack against a WeChat Pay peer with keys made in
 * the test: the developer asks for a code on the order page, the platform places the order signed
 * with the merchant's key (exact amount in fen, the order's number, deadline and the tenant's
 * notification address) and trusts only a signed answer; the page shows the code to scan; the
 * peer's signed notification pays the order once. Another developer can't ask for it; a peer that
 * is down is a 503, an unsigned answer a 502, and neither charges anything.
 */
@ResourceLock(Locks.BROWSER)
@ResourceLock(Locks.DEMO_WECHAT_PAY)
class WeChatNativePayIT extends FeeInForceTest {

  private static final String MINE = "/portal/api/verification/orders";
  private static final String SETTINGS = "/admin/api/payment-providers/wechat";

  private static String developer(String prefix) {
    String email = Accounts.newEmail(prefix);
    Accounts.registerConfirmed("demo", email, "wechat-password-1");
    String token = Api.token("demo", email, "wechat-password-1");
    Qualifications.complete("demo", token);
    return email;
  }

  @Test
  void aDeveloperScansTheCodeAndWeChatPaysTheOrderOnce() throws Exception {
    try (WeChatPayPeer weChat = new WeChatPayPeer()) {
      String admin = Api.staffToken("demo", "tenant-admin");
      Map<String, Object> settings = weChat.settings(true);
      Api.Reply configured = Api.call("demo", "PUT", SETTINGS, Api.json(settings), admin);
      assertThat(configured.status()).as(configured.body()).isEqualTo(200);
      assertThat(configured.json().get("nativePay").asBoolean()).isTrue();
      assertThat(configured.body()).doesNotContain("PRIVATE", weChat.apiV3Key);
      Map<String, Object> bad = new java.util.HashMap<>(settings);
      bad.put(
          "merchantPrivateKey",
          "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----");
      assertThat(Api.call("demo", "PUT", SETTINGS, Api.json(bad), admin).status()).isEqualTo(400);

      String email = developer("wechat-native");
      String dev = Api.token("demo", email, "wechat-password-1");
      JsonNode order = Api.call("demo", "POST", MINE, null, dev).json();
      String id = order.get("id").asText();
      long fen = new BigDecimal(order.get("amount").asText()).movePointRight(2).longValueExact();

      // another developer can't have a code for it
      String other = Api.token("demo", developer("wechat-other"), "wechat-password-1");
      assertThat(Api.call("demo", "POST", MINE + "/" + id + "/wechat-code", null, other).status())
          .isEqualTo(404);
      assertThat(weChat.orders).isEmpty();

      // in the browser: the order page asks for the code and shows it to scan
      try (Browser browser = new Browser("zh")) {
        browser.keepOnFailure(
            "wechat-native-failure",
            () -> {
              // a link to the order (e.g. bookmarked): after signing in, the same order
              browser.signIn(
                  Stack.siteOf("demo") + "/portal/account/order.xhtml?id=" + id,
                  "demo",
                  email,
                  "wechat-password-1");
              browser.waitForContains("#wechat-cashier", "微信支付");
              browser.click("#wechat\\:wechat-code");
              browser.waitForContains("#wechat-code-url", "weixin://wxpay/bizpayurl?pr=");
              assertThat(browser.find("#wechat-qr svg").isDisplayed()).isTrue();
              browser.save("wechat-native-code-zh");
            });
      }
      assertThat(weChat.refused).isEmpty();
      assertThat(weChat.orders).hasSize(1);
      JsonNode placed = weChat.orders.get(0);
      assertThat(placed.get("out_trade_no").asText()).isEqualTo(order.get("number").asText());
      assertThat(placed.get("amount").get("total").asLong()).isEqualTo(fen);
      assertThat(placed.get("amount").get("currency").asText()).isEqualTo("CNY");
      assertThat(placed.get("mchid").asText()).isEqualTo(WeChatPayPeer.MERCHANT_ID);
      assertThat(placed.get("appid").asText()).isEqualTo(WeChatPayPeer.APP_ID);
      assertThat(placed.get("notify_url").asText())
          .isEqualTo(Stack.siteOf("demo") + "/portal/api/payments/wechat/notifications");
      assertThat(Db.count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?", id)).isZero();

      // WeChat Pay notifies the payment: paid once, however often it says so
      for (int i = 0; i < 3; i++) {
        assertThat(Api.send(weChat.paymentOf(placed, "4200000123" + id.substring(0, 8))).status())
            .isEqualTo(204);
      }
      JsonNode paid = Api.get("demo", MINE + "/" + id, dev).json();
      assertThat(paid.get("state").asText()).isEqualTo("PAID");
      assertThat(Db.count("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?", id)).isEqualTo(1);
      // a paid order takes no new code
      Api.Reply again = Api.call("demo", "POST", MINE + "/" + id + "/wechat-code", null, dev);
      assertThat(again.status()).as(again.body()).isEqualTo(409);
    }
  }

  @Test
  void anUnsignedAnswerOrAPeerThatIsDownChargesNothing() throws Exception {
    String dev;
    String id;
    try (WeChatPayPeer weChat = new WeChatPayPeer()) {
      Api.Reply configured =
          Api.call(
              "demo",
              "PUT",
              SETTINGS,
              Api.json(weChat.settings(true)),
              Api.staffToken("demo", "tenant-admin"));
      assertThat(configured.status()).as(configured.body()).isEqualTo(200);
      dev = Api.token("demo", developer("wechat-down"), "wechat-password-1");
      id = Api.call("demo", "POST", MINE, null, dev).json().get("id").asText();

      weChat.unsignedAnswers = true;
      Api.Reply unsigned = Api.call("demo", "POST", MINE + "/" + id + "/wechat-code", null, dev);
      assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(502);
      assertThat(unsigned.json().get("code").asText()).isEqualTo("payment-provider-failed");
      assertThat(unsigned.body()).doesNotContain("weixin://");
    }
    long started = System.nanoTime();
    Api.Reply down = Api.call("demo", "POST", MINE + "/" + id + "/wechat-code", null, dev);
    assertThat(down.status()).as(down.body()).isEqualTo(503);
    assertThat(down.header("Retry-After")).isNotNull();
    assertThat((System.nanoTime() - started) / 1_000_000_000).as("bounded").isLessThan(10);
    assertThat(Api.get("demo", MINE + "/" + id, dev).json().get("state").asText())
        .isEqualTo("AWAITING_PAYMENT");
  }
}
