package com.openplatform.billing.payment.wechat;

import com.openplatform.billing.Refused;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The merchant's side of a WeChat Pay APIv3-style Native payment (§2.4: the developer pays the
 * verification fee by scanning a code): {@code POST /v3/pay/transactions/native} with the order's
 * number, exact amount in fen, deadline and notification address, signed {@code
 * WECHATPAY2-SHA256-RSA2048} with the merchant's private key over {@code
 * method\npath\ntimestamp\nnonce\nbody\n}; the answer is trusted only when signed by a known
 * platform certificate ({@link WeChatPayNotifications#verifySignature}), and its {@code code_url}
 * is what the payer scans. The payment itself arrives later as a notification. Bounded: connect 3
 * s, answer 5 s.
 */
public final class WeChatPayNative {

  public static final String PATH = "/v3/pay/transactions/native";
  static final Duration CONNECT = Duration.ofSeconds(3);
  static final Duration ANSWER = Duration.ofSeconds(5);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The merchant who is paid: ids, and the key and certificate serial it signs requests with. */
  public record Merchant(String merchantId, String appId, String serial, PrivateKey privateKey) {}

  /** What the payer pays for. {@code totalMinor} in the currency's minor unit (fen). */
  public record Prepay(
      String outTradeNo,
      String description,
      long totalMinor,
      String currency,
      String notifyUrl,
      Instant payBy) {}

  /** Why no code came back: the provider is unreachable or too slow, or its answer is unusable. */
  public enum Failure {
    UNREACHABLE,
    REFUSED,
    UNTRUSTED_ANSWER
  }

  private final URI base;
  private final WeChatPayNotifications platform;
  private final Clock clock;

  /**
   * @param base the API's address, e.g. {@code https://api.mch.weixin.qq.com}
   * @param platform verifies answers with the tenant's platform certificates
   */
  public WeChatPayNative(URI base, WeChatPayNotifications platform, Clock clock) {
    this.base = base;
    this.platform = platform;
    this.clock = clock;
  }

  /** The request body: the fields WeChat Pay's Native order takes, nothing more. */
  static String body(Merchant merchant, Prepay prepay) {
    return Json.createObjectBuilder()
        .add("appid", merchant.appId())
        .add("mchid", merchant.merchantId())
        .add("description", prepay.description())
        .add("out_trade_no", prepay.outTradeNo())
        .add(
            "time_expire",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                prepay.payBy().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(8))))
        .add("notify_url", prepay.notifyUrl())
        .add(
            "amount",
            Json.createObjectBuilder()
                .add("total", prepay.totalMinor())
                .add("currency", prepay.currency()))
        .build()
        .toString();
  }

  /** The {@code Authorization} header of a request, signed with the merchant's key. */
  static String authorization(
      Merchant merchant, String method, String path, String body, long timestamp, String nonce) {
    String message = method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(merchant.privateKey());
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(rsa.sign());
      return "WECHATPAY2-SHA256-RSA2048 mchid=\""
          + merchant.merchantId()
          + "\",nonce_str=\""
          + nonce
          + "\",signature=\""
          + signature
          + "\",timestamp=\""
          + timestamp
          + "\",serial_no=\""
          + merchant.serial()
          + "\"";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the merchant key does not sign", e);
    }
  }

  /**
   * Places the order at WeChat Pay.
   *
   * @return the {@code code_url} the payer scans
   * @throws Refused with a {@link Failure}
   */
  public String codeUrl(Merchant merchant, Prepay prepay) {
    String body = body(merchant, prepay);
    byte[] nonceBytes = new byte[16];
    RANDOM.nextBytes(nonceBytes);
    String nonce = HexFormat.of().withUpperCase().formatHex(nonceBytes);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(PATH))
            .timeout(ANSWER)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                authorization(
                    merchant, "POST", PATH, body, clock.instant().getEpochSecond(), nonce))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> answer;
    try {
      answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Refused(Failure.UNREACHABLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(Failure.UNREACHABLE);
    }
    if (answer.statusCode() >= 500) {
      throw new Refused(Failure.UNREACHABLE);
    }
    if (answer.statusCode() != 200) {
      throw new Refused(Failure.REFUSED);
    }
    try {
      platform.verifySignature(
          new WeChatPayNotifications.Headers(
              answer.headers().firstValue("Wechatpay-Timestamp").orElse(null),
              answer.headers().firstValue("Wechatpay-Nonce").orElse(null),
              answer.headers().firstValue("Wechatpay-Signature").orElse(null),
              answer.headers().firstValue("Wechatpay-Serial").orElse(null)),
          answer.body());
    } catch (Refused untrusted) {
      throw new Refused(Failure.UNTRUSTED_ANSWER);
    }
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      JsonObject json = reader.readObject();
      String code = json.getString("code_url", "");
      if (!code.startsWith("weixin://") || code.length() > 512) {
        throw new Refused(Failure.UNTRUSTED_ANSWER);
      }
      return code;
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new Refused(Failure.UNTRUSTED_ANSWER);
    }
  }
}
