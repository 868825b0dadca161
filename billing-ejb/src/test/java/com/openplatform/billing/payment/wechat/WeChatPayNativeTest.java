package com.openplatform.billing.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The signed request of a WeChat Pay Native order, with a merchant key made in the test. */
class WeChatPayNativeTest {

  private static final KeyPair MERCHANT = rsa();
  private static final WeChatPayNative.Merchant ME =
      new WeChatPayNative.Merchant(
          "1900000109", "wxd678efh567hg6787", "ABC123", MERCHANT.getPrivate());

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theBodyCarriesExactFenTheOrderNumberAndTheDeadlineInBeijingTime() {
    String body =
        WeChatPayNative.body(
            ME,
            new WeChatPayNative.Prepay(
                "0123456789abcdef0123456789abcdef",
                "开发者认证 Developer verification",
                30000,
                "CNY",
                "https://demo.example.com/portal/api/payments/wechat/notifications",
                Instant.parse("2026-12-01T16:30:45.123456Z")));
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    assertThat(json.getJsonObject("amount").getJsonNumber("total").longValueExact())
        .isEqualTo(30000);
    assertThat(json.getJsonObject("amount").getString("currency")).isEqualTo("CNY");
    assertThat(json.getString("out_trade_no")).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(json.getString("time_expire")).isEqualTo("2026-12-02T00:30:45+08:00");
    assertThat(json.getString("mchid")).isEqualTo("1900000109");
    assertThat(json.getString("appid")).isEqualTo("wxd678efh567hg6787");
  }

  @Test
  void theAuthorizationIsSignedOverMethodPathTimestampNonceAndBody() throws Exception {
    String body = "{\"a\":1}";
    String header =
        WeChatPayNative.authorization(ME, "POST", WeChatPayNative.PATH, body, 1700000000L, "N0NCE");
    assertThat(header).startsWith("WECHATPAY2-SHA256-RSA2048 ");
    Matcher signature = Pattern.compile("signature=\"([^\"]+)\"").matcher(header);
    assertThat(signature.find()).isTrue();
    assertThat(header)
        .contains(
            "mchid=\"1900000109\"",
            "serial_no=\"ABC123\"",
            "timestamp=\"1700000000\"",
            "nonce_str=\"N0NCE\"");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(MERCHANT.getPublic());
    rsa.update(
        ("POST\n/v3/pay/transactions/native\n1700000000\nN0NCE\n" + body + "\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(rsa.verify(Base64.getDecoder().decode(signature.group(1)))).isTrue();
    rsa.initVerify(MERCHANT.getPublic());
    rsa.update(
        ("POST\n/v3/pay/transactions/native\n1700000000\nN0NCE\n{\"a\":2}\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(rsa.verify(Base64.getDecoder().decode(signature.group(1))))
        .as("another body")
        .isFalse();
  }
}
