package com.openplatform.billing.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.billing.Refused;
import com.openplatform.billing.payment.wechat.WeChatPayNotifications.Headers;
import com.openplatform.billing.payment.wechat.WeChatPayNotifications.Reason;
import com.openplatform.billing.payment.wechat.WeChatPayNotifications.Verified;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys are generated here: a platform key pair, a stranger's, and a random API v3 key. */
class WeChatPayNotificationsTest {

  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
  static final String TRANSACTION =
      "{\"out_trade_no\":\"VO-1\",\"transaction_id\":\"4200001\",\"trade_state\":\"SUCCESS\","
          + "\"amount\":{\"total\":30000,\"currency\":\"CNY\"}}";

  static KeyPair platform;
  static KeyPair stranger;
  static byte[] apiV3Key = new byte[32];

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    platform = rsa.generateKeyPair();
    stranger = rsa.generateKeyPair();
    new SecureRandom().nextBytes(apiV3Key);
  }

  private final WeChatPayNotifications notifications =
      new WeChatPayNotifications(
          Map.of(SERIAL, platform.getPublic()), apiV3Key, Clock.fixed(NOW, ZoneOffset.UTC));

  static String body(String plaintext, String algorithm) throws Exception {
    String nonce = "fdasflkja484";
    String aad = "transaction";
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(apiV3Key, "AES"),
        new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
    aes.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
    String ciphertext =
        Base64.getEncoder().encodeToString(aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
    return "{\"id\":\"EV-2018\",\"create_time\":\"2026-12-01T16:00:00+08:00\","
        + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\","
        + "\"resource\":{\"algorithm\":\""
        + algorithm
        + "\",\"ciphertext\":\""
        + ciphertext
        + "\",\"associated_data\":\""
        + aad
        + "\",\"nonce\":\""
        + nonce
        + "\"}}";
  }

  static Headers signed(KeyPair by, Instant at, String body) throws Exception {
    String timestamp = Long.toString(at.getEpochSecond());
    String nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(by.getPrivate());
    rsa.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
    return new Headers(timestamp, nonce, Base64.getEncoder().encodeToString(rsa.sign()), SERIAL);
  }

  private Enum<?> refusal(Headers headers, String body) {
    return catchThrowableOfType(Refused.class, () -> notifications.verify(headers, body)).reason();
  }

  @Test
  void aSignedFreshNotificationIsDecrypted() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    Verified v = notifications.verify(signed(platform, NOW.minusSeconds(60), body), body);
    assertThat(v.id()).isEqualTo("EV-2018");
    assertThat(v.eventType()).isEqualTo("TRANSACTION.SUCCESS");
    assertThat(v.resource().getString("out_trade_no")).isEqualTo("VO-1");
    assertThat(v.resource().getJsonObject("amount").getInt("total")).isEqualTo(30000);
  }

  @Test
  void aSignatureByAnotherKeyIsRefused() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    assertThat(refusal(signed(stranger, NOW, body), body)).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    Headers headers = signed(platform, NOW, body);
    assertThat(refusal(headers, body.replace("EV-2018", "EV-2019")))
        .isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void timestampsMoreThanFiveMinutesAwayAreRefused() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    assertThat(refusal(signed(platform, NOW.minusSeconds(301), body), body))
        .isEqualTo(Reason.STALE_TIMESTAMP);
    assertThat(refusal(signed(platform, NOW.plusSeconds(301), body), body))
        .isEqualTo(Reason.STALE_TIMESTAMP);
    assertThat(notifications.verify(signed(platform, NOW.minusSeconds(300), body), body))
        .isNotNull();
  }

  /** Issue 22 item 7: numbers beyond Instant's range are stale, not a 500. */
  @Test
  void timestampsOutOfAnyRangeAreStale() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    for (String timestamp :
        new String[] {"99999999999999999", "-99999999999999999", "9223372036854775807"}) {
      WeChatPayNotifications.Headers signed = signed(platform, NOW, body);
      WeChatPayNotifications.Headers forged =
          new WeChatPayNotifications.Headers(
              timestamp, signed.nonce(), signed.signature(), signed.serial());
      assertThat(refusal(forged, body)).as(timestamp).isEqualTo(Reason.STALE_TIMESTAMP);
    }
  }

  @Test
  void anUnknownSerialIsRefused() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    Headers h = signed(platform, NOW, body);
    Headers other = new Headers(h.timestamp(), h.nonce(), h.signature(), "00AA");
    assertThat(refusal(other, body)).isEqualTo(Reason.UNKNOWN_SERIAL);
  }

  @Test
  void aTamperedCiphertextIsRefused() throws Exception {
    String body = body(TRANSACTION, "AEAD_AES_256_GCM");
    int at = body.indexOf("\"ciphertext\":\"") + 20;
    char c = body.charAt(at);
    String tampered = body.substring(0, at) + (c == 'A' ? 'B' : 'A') + body.substring(at + 1);
    // signed after tampering: only the AEAD tag can tell
    assertThat(refusal(signed(platform, NOW, tampered), tampered)).isEqualTo(Reason.BAD_CIPHERTEXT);
  }

  @Test
  void anotherAlgorithmAndMissingHeadersAreRefused() throws Exception {
    String body = body(TRANSACTION, "AES_128_CBC");
    assertThat(refusal(signed(platform, NOW, body), body)).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    assertThat(refusal(new Headers(null, "n", "s", SERIAL), body)).isEqualTo(Reason.MISSING_HEADER);
    String garbage = "not json";
    assertThat(refusal(signed(platform, NOW, garbage), garbage)).isEqualTo(Reason.MALFORMED_BODY);
  }
}
