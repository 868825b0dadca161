package com.openplatform.billing.payment.wechat;

import com.openplatform.billing.BillingData;
import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.Refused;
import com.openplatform.billing.money.Money;
import com.openplatform.billing.payment.PaymentBooking;
import com.openplatform.core.config.Settings;
import com.openplatform.core.problem.PeerFailures;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * WeChat Pay as a payment provider (§2.4 payment of the verification fee): the tenant administrator
 * keeps the merchant's settings; payment notifications are verified ({@link
 * WeChatPayNotifications}: certificate by serial, timestamp within 5 minutes, RSA-SHA256, AES-GCM)
 * before anything is read from them, and booked through {@link PaymentBooking}, idempotently.
 */
@Stateless
public class WeChatPay {

  private static final Logger LOG = Logger.getLogger(WeChatPay.class.getName());

  public static final String PROVIDER = "WECHAT";
  public static final int MERCHANT_ID_MAX = 32;
  public static final int API_V3_KEY_LENGTH = 32;
  public static final int SERIAL_MAX = 64;
  public static final int PUBLIC_KEY_MAX = 4096;
  public static final int CERTIFICATES_MAX = 5;
  public static final int APP_ID_MAX = 32;
  public static final int PRIVATE_KEY_MAX = 8192;

  /** Where the WeChat Pay API is ({@code op.billing.wechat.api-url}); tests point it at a peer. */
  static final String API_URL = "op.billing.wechat.api-url";

  /** A platform certificate's public key. */
  public record Certificate(
      @Schema(required = true, maxLength = SERIAL_MAX, description = "Wechatpay-Serial")
          String serial,
      @Schema(
              required = true,
              maxLength = PUBLIC_KEY_MAX,
              description =
                  "The certificate's public key: PEM or base64 X.509 SubjectPublicKeyInfo")
          String publicKey) {}

  /** The merchant's settings as the tenant administrator sends them. */
  public record SettingsForm(
      @Schema(required = true, maxLength = MERCHANT_ID_MAX) String merchantId,
      @Schema(
              required = true,
              minLength = API_V3_KEY_LENGTH,
              maxLength = API_V3_KEY_LENGTH,
              description = "The API v3 key (32 characters); never shown again")
          String apiV3Key,
      @Schema(required = true, maxItems = CERTIFICATES_MAX) List<Certificate> certificates,
      @Schema(
              maxLength = APP_ID_MAX,
              description = "Native payment: the app id orders are placed for (with the next two)")
          String appId,
      @Schema(
              maxLength = SERIAL_MAX,
              description = "Native payment: the merchant certificate's serial")
          String merchantSerial,
      @Schema(
              maxLength = PRIVATE_KEY_MAX,
              description =
                  "Native payment: the merchant's private key, PEM (PKCS#8); never shown again")
          String merchantPrivateKey) {}

  /** The settings as they are shown: never the keys. */
  public record SettingsView(
      @Schema(required = true) String merchantId,
      @Schema(required = true) List<String> certificateSerials,
      @Schema(required = true, description = "Developers can pay by scanning a WeChat Pay code")
          boolean nativePay,
      String appId,
      String merchantSerial,
      @Schema(required = true) String updatedBy,
      @Schema(required = true) Instant updatedAt) {}

  @Inject Accounts accounts;
  @EJB PaymentBooking booking;

  @RolesAllowed("tenant-admin")
  public SettingsView configure(SettingsForm form) {
    if (form == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    List<FieldError> errors = new ArrayList<>();
    String merchant = form.merchantId() == null ? "" : form.merchantId().strip();
    if (!merchant.matches("[0-9A-Za-z]{1," + MERCHANT_ID_MAX + "}")) {
      errors.add(new FieldError("merchantId", "invalid", null));
    }
    String key = form.apiV3Key() == null ? "" : form.apiV3Key();
    if (key.length() != API_V3_KEY_LENGTH || !key.matches("[\\x21-\\x7e]+")) {
      errors.add(new FieldError("apiV3Key", "invalid", null));
    }
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    List<Certificate> certificates = form.certificates() == null ? List.of() : form.certificates();
    if (certificates.isEmpty() || certificates.size() > CERTIFICATES_MAX) {
      errors.add(new FieldError("certificates", "invalid", null));
    }
    StringBuilder stored = new StringBuilder();
    for (int i = 0; i < Math.min(certificates.size(), CERTIFICATES_MAX); i++) {
      Certificate c = certificates.get(i);
      String serial = c == null || c.serial() == null ? "" : c.serial().strip();
      Optional<PublicKey> publicKey =
          c == null || c.publicKey() == null || c.publicKey().length() > PUBLIC_KEY_MAX
              ? Optional.empty()
              : publicKey(c.publicKey());
      if (!serial.matches("[0-9A-Fa-f]{1," + SERIAL_MAX + "}") || publicKey.isEmpty()) {
        errors.add(new FieldError("certificates[" + i + "]", "invalid", null));
      } else {
        String upper = serial.toUpperCase(Locale.ROOT);
        keys.put(upper, publicKey.get());
        stored
            .append(upper)
            .append(':')
            .append(Base64.getEncoder().encodeToString(publicKey.get().getEncoded()))
            .append('\n');
      }
    }
    String appId = strip(form.appId());
    String merchantSerial = strip(form.merchantSerial());
    String privateKey = form.merchantPrivateKey() == null ? "" : form.merchantPrivateKey().strip();
    boolean nativePay = !appId.isEmpty() || !merchantSerial.isEmpty() || !privateKey.isEmpty();
    if (nativePay) {
      if (!appId.matches("[0-9A-Za-z_]{1," + APP_ID_MAX + "}")) {
        errors.add(new FieldError("appId", "invalid", null));
      }
      if (!merchantSerial.matches("[0-9A-Fa-f]{1," + SERIAL_MAX + "}")) {
        errors.add(new FieldError("merchantSerial", "invalid", null));
      }
      if (privateKey.length() > PRIVATE_KEY_MAX || privateKey(privateKey).isEmpty()) {
        errors.add(new FieldError("merchantPrivateKey", "invalid", null));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    WeChatPaySettings settings =
        accounts.current().orElseGet(() -> accounts.add(new WeChatPaySettings(merchant)));
    settings.set(
        merchant, key, stored.toString(), TenantContext.caller().username(), Now.instant());
    if (nativePay) {
      settings.nativePay(appId, merchantSerial.toUpperCase(Locale.ROOT), privateKey);
    } else {
      settings.nativePay(null, null, null);
    }
    return view(settings);
  }

  @RolesAllowed({"tenant-admin", "finance"})
  public SettingsView settings() {
    return accounts
        .current()
        .map(WeChatPay::view)
        .orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
  }

  /** What a developer scans to pay, and until when the order takes the payment. */
  public record NativeCode(
      @Schema(required = true, examples = "weixin://wxpay/bizpayurl?pr=abc123") String codeUrl,
      @Schema(required = true) Instant payBy) {}

  /** Whether the tenant's developers can pay by scanning a WeChat Pay code. */
  @PermitAll
  public boolean nativePayConfigured() {
    return accounts.current().map(s -> s.appId() != null).orElse(false);
  }

  /**
   * §2.4: places an order at WeChat Pay for Native payment and returns the code to scan. Called by
   * the verification flow once it checked the order is the caller's and awaits payment. A provider
   * that is down or slow is a 503 (nothing charged); one that refuses or answers unsigned a 502.
   */
  @RolesAllowed("developer")
  public NativeCode nativeCode(
      String orderNumber, String description, Money amount, Instant payBy) {
    WeChatPaySettings settings =
        accounts
            .current()
            .filter(s -> s.appId() != null)
            .orElseThrow(() -> new ProblemException(BillingProblem.PROVIDER_NOT_CONFIGURED));
    WeChatPayNative api =
        new WeChatPayNative(
            URI.create(Settings.get(API_URL, "https://api.mch.weixin.qq.com")),
            verifier(settings),
            Clock.systemUTC());
    WeChatPayNative.Merchant merchant =
        new WeChatPayNative.Merchant(
            settings.merchantId(),
            settings.appId(),
            settings.merchantSerial(),
            privateKey(settings.merchantPrivateKey()).orElseThrow());
    String notifyUrl =
        TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
            + "/portal/api/payments/wechat/notifications";
    try {
      return new NativeCode(
          api.codeUrl(
              merchant,
              new WeChatPayNative.Prepay(
                  orderNumber,
                  description,
                  amount.minor(),
                  amount.currency().getCurrencyCode(),
                  notifyUrl,
                  payBy)),
          payBy);
    } catch (Refused refused) {
      LOG.warning(() -> "WeChat Pay Native order " + orderNumber + ": " + refused.reason());
      if (refused.reason() == WeChatPayNative.Failure.UNREACHABLE) {
        throw PeerFailures.unavailable();
      }
      throw new ProblemException(
          BillingProblem.PROVIDER_FAILED,
          refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  /**
   * A payment notification, unauthenticated by nature: trusted only once its signature is verified.
   * Refused notifications change nothing; a paid order's replays are answered as success.
   */
  @PermitAll
  public PaymentBooking.Outcome notified(WeChatPayNotifications.Headers headers, String body) {
    WeChatPaySettings settings =
        accounts
            .current()
            .orElseThrow(() -> new ProblemException(BillingProblem.PROVIDER_NOT_CONFIGURED));
    WeChatPayNotifications.Verified verified;
    try {
      verified = verifier(settings).verify(headers, body);
    } catch (Refused refused) {
      LOG.warning(() -> "WeChat Pay notification refused: " + refused.reason());
      throw new ProblemException(
          BillingProblem.NOTIFICATION_REFUSED,
          refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    JsonObject r = verified.resource();
    try {
      if (!"TRANSACTION.SUCCESS".equals(verified.eventType())
          || !"SUCCESS".equals(r.getString("trade_state", ""))) {
        throw new ProblemException(BillingProblem.NOTIFICATION_REFUSED, "not-a-payment");
      }
      if (!settings.merchantId().equals(r.getString("mchid", ""))) {
        throw new ProblemException(BillingProblem.NOTIFICATION_REFUSED, "other-merchant");
      }
      JsonObject amount = r.getJsonObject("amount");
      Currency currency = Currency.getInstance(amount.getString("currency", "CNY"));
      Money paid =
          Money.of(
              BigDecimal.valueOf(amount.getJsonNumber("total").longValueExact())
                  .movePointLeft(currency.getDefaultFractionDigits()),
              currency);
      OffsetDateTime.parse(r.getString("success_time"));
      String transaction = r.getString("transaction_id");
      if (transaction.isBlank() || transaction.length() > 64) {
        throw new ProblemException(BillingProblem.NOTIFICATION_REFUSED, "malformed-body");
      }
      return booking.confirm(PROVIDER, transaction, r.getString("out_trade_no"), paid);
    } catch (NullPointerException
        | ClassCastException
        | ArithmeticException
        | IllegalArgumentException
        | DateTimeParseException e) {
      throw new ProblemException(BillingProblem.NOTIFICATION_REFUSED, "malformed-body");
    }
  }

  /** Verifies what WeChat Pay sends this tenant: its platform certificates, its API v3 key. */
  private static WeChatPayNotifications verifier(WeChatPaySettings settings) {
    return new WeChatPayNotifications(
        keys(settings), settings.apiV3Key().getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
  }

  private static Map<String, PublicKey> keys(WeChatPaySettings settings) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    for (String line : settings.certificates().split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        publicKey(line.substring(colon + 1)).ifPresent(k -> keys.put(line.substring(0, colon), k));
      }
    }
    return keys;
  }

  /** An RSA public key from PEM or base64 DER (SubjectPublicKeyInfo). */
  static Optional<PublicKey> publicKey(String text) {
    String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return Optional.of(
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** An RSA private key from PEM or base64 DER (PKCS#8). */
  static Optional<PrivateKey> privateKey(String text) {
    String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return Optional.of(
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64))));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static SettingsView view(WeChatPaySettings s) {
    return new SettingsView(
        s.merchantId(),
        s.certificates().lines().map(l -> l.substring(0, l.indexOf(':'))).toList(),
        s.appId() != null,
        s.appId(),
        s.merchantSerial(),
        s.updatedBy(),
        s.updatedAt());
  }

  /** The tenant's merchant settings. */
  @ApplicationScoped
  public static class Accounts extends BillingData {

    Optional<WeChatPaySettings> current() {
      return em().createNamedQuery("WeChatPaySettings.all", WeChatPaySettings.class)
          .getResultStream()
          .findFirst();
    }

    WeChatPaySettings add(WeChatPaySettings settings) {
      em().persist(settings);
      return settings;
    }
  }
}
