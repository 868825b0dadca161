package com.openplatform.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay's side of APIv3 for the tests, with keys made in the test: it takes Native orders
 * ({@code POST /v3/pay/transactions/native}) only when the merchant's signature verifies, answers
 * with a code signed by its platform key, and pays an order by sending the merchant a signed,
 * encrypted {@code TRANSACTION.SUCCESS} notification, as WeChat Pay does. Listens on the port the
 * test stack's {@code op.billing.wechat.api-url} names.
 */
public final class WeChatPayPeer implements AutoCloseable {

  public static final String MERCHANT_ID = "1900000109";
  public static final String APP_ID = "wxd678efh567hg6787";
  private static final Pattern AUTH = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  public final KeyPair platform = rsa();
  public final String platformSerial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
  public final KeyPair merchant = rsa();
  public final String merchantSerial = "444F4864EA9B34415F3F3B35C6AB6CD0A5A8E3C5";
  public final String apiV3Key = randomKey();

  /** The orders taken, as their JSON bodies. */
  public final List<JsonNode> orders = new CopyOnWriteArrayList<>();

  /** Requests refused for their signature. */
  public final List<String> refused = new CopyOnWriteArrayList<>();

  /** When set, answers are not signed (a man in the middle, a misconfigured proxy). */
  public volatile boolean unsignedAnswers;

  private final HttpServer server;

  public WeChatPayPeer() throws IOException {
    server =
        HttpServer.create(new InetSocketAddress("127.0.0.1", Stack.config().weChatPayPort()), 0);
    server.createContext("/v3/pay/transactions/native", this::nativeOrder);
    server.start();
  }

  /**
   * The tenant administrator's settings: merchant, API v3 key, platform certificate, Native keys.
   */
  public Map<String, Object> settings(boolean nativePay) {
    Map<String, Object> s = new java.util.HashMap<>();
    s.put("merchantId", MERCHANT_ID);
    s.put("apiV3Key", apiV3Key);
    s.put(
        "certificates",
        List.of(
            Map.of(
                "serial",
                platformSerial,
                "publicKey",
                Base64.getEncoder().encodeToString(platform.getPublic().getEncoded()))));
    if (nativePay) {
      s.put("appId", APP_ID);
      s.put("merchantSerial", merchantSerial);
      s.put(
          "merchantPrivateKey",
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(merchant.getPrivate().getEncoded())
              + "\n-----END PRIVATE KEY-----\n");
    }
    return s;
  }

  private void nativeOrder(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> auth = new java.util.HashMap<>();
      String header = exchange.getRequestHeaders().getFirst("Authorization");
      if (header != null && header.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
        Matcher m = AUTH.matcher(header);
        while (m.find()) {
          auth.put(m.group(1), m.group(2));
        }
      }
      String message =
          "POST\n/v3/pay/transactions/native\n"
              + auth.get("timestamp")
              + "\n"
              + auth.get("nonce_str")
              + "\n"
              + body
              + "\n";
      if (!MERCHANT_ID.equals(auth.get("mchid"))
          || !merchantSerial.equals(auth.get("serial_no"))
          || !verifies(message, auth.get("signature"))) {
        refused.add(body);
        answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
        return;
      }
      orders.add(Api.JSON.readTree(body));
      answer(
          exchange,
          200,
          "{\"code_url\":\"weixin://wxpay/bizpayurl?pr="
              + UUID.randomUUID().toString().substring(0, 8)
              + "\"}");
    }
  }

  private boolean verifies(String message, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(merchant.getPublic());
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      return signature != null && rsa.verify(Base64.getDecoder().decode(signature));
    } catch (Exception e) {
      return false;
    }
  }

  private void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (!unsignedAnswers) {
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      String nonce = UUID.randomUUID().toString().replace("-", "");
      exchange.getResponseHeaders().add("Wechatpay-Timestamp", timestamp);
      exchange.getResponseHeaders().add("Wechatpay-Nonce", nonce);
      exchange
          .getResponseHeaders()
          .add(
              "Wechatpay-Signature",
              sign(platform.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"));
      exchange.getResponseHeaders().add("Wechatpay-Serial", platformSerial);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Pays an order it took: the signed notification WeChat Pay sends to the order's notify_url. */
  public HttpRequest paymentOf(JsonNode order, String transaction) {
    String body =
        notification(
            apiV3Key,
            order.get("out_trade_no").asText(),
            transaction,
            order.get("amount").get("total").asLong());
    return signed(
        URI.create(order.get("notify_url").asText()),
        body,
        platform.getPrivate(),
        platformSerial,
        Instant.now());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * A notification request, signed by {@code key} as the certificate {@code serial}, at {@code at}.
   */
  public static HttpRequest signed(URI to, String body, PrivateKey key, String serial, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    String nonce = UUID.randomUUID().toString().replace("-", "");
    return HttpRequest.newBuilder(to)
        .header("Content-Type", "application/json")
        .header("Wechatpay-Timestamp", timestamp)
        .header("Wechatpay-Nonce", nonce)
        .header("Wechatpay-Signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"))
        .header("Wechatpay-Serial", serial)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String sign(PrivateKey key, String message) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(rsa.sign());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A TRANSACTION.SUCCESS notification as WeChat Pay APIv3 sends it, resource encrypted. */
  public static String notification(String apiKey, String number, String transaction, long fen) {
    String resource =
        Api.json(
            Map.of(
                "mchid",
                MERCHANT_ID,
                "appid",
                APP_ID,
                "out_trade_no",
                number,
                "transaction_id",
                transaction,
                "trade_type",
                "NATIVE",
                "trade_state",
                "SUCCESS",
                "success_time",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString(),
                "amount",
                Map.of(
                    "total", fen, "payer_total", fen, "currency", "CNY", "payer_currency", "CNY")));
    String nonce = "fdasflkja484";
    String ciphertext;
    try {
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "AES"),
          new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
      aes.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
      ciphertext =
          Base64.getEncoder()
              .encodeToString(aes.doFinal(resource.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return Api.json(
        Map.of(
            "id",
            UUID.randomUUID().toString(),
            "create_time",
            OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString(),
            "resource_type",
            "encrypt-resource",
            "event_type",
            "TRANSACTION.SUCCESS",
            "summary",
            "支付成功",
            "resource",
            Map.of(
                "original_type", "transaction",
                "algorithm", "AEAD_AES_256_GCM",
                "ciphertext", ciphertext,
                "associated_data", "transaction",
                "nonce", nonce)));
  }

  public static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  public static String randomKey() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      key.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return key.toString();
  }
}
