package com.openplatform.billing.payment.wechat;

import com.openplatform.billing.Refused;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a WeChat Pay APIv3-style payment notification before anything is written: the platform
 * certificate named by {@code Wechatpay-Serial} must be known, {@code Wechatpay-Timestamp} within
 * {@link #MAX_SKEW} of now, {@code Wechatpay-Signature} an RSA-SHA256 signature over {@code
 * timestamp\nnonce\nbody\n}; then the {@code AEAD_AES_256_GCM} resource is decrypted with the API
 * v3 key (128-bit tag, the resource's nonce as IV, its {@code associated_data} as AAD). Any failure
 * is a {@link Refused} with its {@link Reason}, and the caller writes nothing.
 */
public final class WeChatPayNotifications {

  /** How far a notification's timestamp may be from now, either way. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  /** The largest body looked at (notifications are a few KiB). */
  public static final int MAX_BODY = 64 * 1024;

  /** Why a notification was refused. */
  public enum Reason {
    MISSING_HEADER,
    UNKNOWN_SERIAL,
    STALE_TIMESTAMP,
    BAD_SIGNATURE,
    MALFORMED_BODY,
    UNSUPPORTED_ALGORITHM,
    BAD_CIPHERTEXT
  }

  /** The four {@code Wechatpay-*} headers of a notification. */
  public record Headers(String timestamp, String nonce, String signature, String serial) {}

  /** A verified notification: its id and event type, and the decrypted resource (JSON). */
  public record Verified(String id, String eventType, JsonObject resource) {}

  private final Map<String, PublicKey> platformKeys;
  private final byte[] apiV3Key;
  private final Clock clock;

  /**
   * @param platformKeys the platform certificates' public keys by serial number (upper-case hex)
   * @param apiV3Key the merchant's API v3 key: 32 bytes
   */
  public WeChatPayNotifications(Map<String, PublicKey> platformKeys, byte[] apiV3Key, Clock clock) {
    if (apiV3Key.length != 32) {
      throw new IllegalArgumentException("the API v3 key has 32 bytes");
    }
    this.platformKeys = Map.copyOf(platformKeys);
    this.apiV3Key = apiV3Key.clone();
    this.clock = clock;
  }

  /** A certificate's serial number as {@code Wechatpay-Serial} writes it. */
  public static String serialOf(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
  }

  /**
   * Checks that a message of WeChat Pay (a notification, or an answer of its API) is signed by a
   * known platform certificate, within {@link #MAX_SKEW}; the body itself is not read.
   */
  public void verifySignature(Headers headers, String body) {
    if (headers == null
        || blank(headers.timestamp())
        || blank(headers.nonce())
        || blank(headers.signature())
        || blank(headers.serial())
        || body == null) {
      throw new Refused(Reason.MISSING_HEADER);
    }
    if (body.length() > MAX_BODY) {
      throw new Refused(Reason.MALFORMED_BODY);
    }
    PublicKey key = platformKeys.get(headers.serial().strip().toUpperCase(Locale.ROOT));
    if (key == null) {
      throw new Refused(Reason.UNKNOWN_SERIAL);
    }
    long seconds;
    try {
      seconds = Long.parseLong(headers.timestamp().strip());
    } catch (NumberFormatException e) {
      throw new Refused(Reason.STALE_TIMESTAMP);
    }
    // compared as numbers of seconds: one far outside Instant's range (99999999999999999) is as
    // stale as any other, not an error
    long now = clock.instant().getEpochSecond();
    if (seconds < now - MAX_SKEW.toSeconds() || seconds > now + MAX_SKEW.toSeconds()) {
      throw new Refused(Reason.STALE_TIMESTAMP);
    }
    String message = headers.timestamp() + "\n" + headers.nonce() + "\n" + body + "\n";
    if (!signatureMatches(key, message, headers.signature())) {
      throw new Refused(Reason.BAD_SIGNATURE);
    }
  }

  public Verified verify(Headers headers, String body) {
    verifySignature(headers, body);
    JsonObject notification = json(body);
    try {
      JsonObject resource = notification.getJsonObject("resource");
      if (!"AEAD_AES_256_GCM".equals(resource.getString("algorithm", ""))) {
        throw new Refused(Reason.UNSUPPORTED_ALGORITHM);
      }
      String plaintext =
          decrypt(
              resource.getString("ciphertext"),
              resource.getString("nonce"),
              resource.getString("associated_data", ""));
      return new Verified(
          notification.getString("id"), notification.getString("event_type"), json(plaintext));
    } catch (NullPointerException | ClassCastException e) {
      throw new Refused(Reason.MALFORMED_BODY);
    }
  }

  private static boolean signatureMatches(PublicKey key, String message, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(signature.strip()));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private String decrypt(String ciphertext, String nonce, String associatedData) {
    try {
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(apiV3Key, "AES"),
          new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
      aes.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return new String(
          aes.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // a tampered ciphertext, nonce or associated data fails the GCM tag (AEADBadTagException)
      throw new Refused(Reason.BAD_CIPHERTEXT);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Refused(Reason.MALFORMED_BODY);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
