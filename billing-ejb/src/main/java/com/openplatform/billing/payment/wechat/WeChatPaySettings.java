package com.openplatform.billing.payment.wechat;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's WeChat Pay merchant settings: its merchant id, API v3 key, and the platform
 * certificates' public keys (serial → base64 X.509 SubjectPublicKeyInfo, one per line as {@code
 * SERIAL:KEY}). One row per tenant.
 */
@Entity
@Table(name = "wechat_pay_settings")
@NamedQuery(name = "WeChatPaySettings.all", query = "SELECT s FROM WeChatPaySettings s")
public class WeChatPaySettings extends TenantOwned {

  @Id private String id;

  @Column(name = "merchant_id", nullable = false)
  private String merchantId;

  @Column(name = "api_v3_key", nullable = false)
  private String apiV3Key;

  @Column(nullable = false)
  private String certificates;

  /** Native payment: the app id, the merchant certificate's serial and its private key (PEM). */
  @Column(name = "app_id")
  private String appId;

  @Column(name = "merchant_serial")
  private String merchantSerial;

  @Column(name = "merchant_private_key")
  private String merchantPrivateKey;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WeChatPaySettings() {}

  WeChatPaySettings(String merchantId) {
    this.id = UUID.randomUUID().toString();
    this.merchantId = merchantId;
  }

  void set(String merchantId, String apiV3Key, String certificates, String by, Instant at) {
    this.merchantId = merchantId;
    this.apiV3Key = apiV3Key;
    this.certificates = certificates;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void nativePay(String appId, String merchantSerial, String merchantPrivateKey) {
    this.appId = appId;
    this.merchantSerial = merchantSerial;
    this.merchantPrivateKey = merchantPrivateKey;
  }

  String appId() {
    return appId;
  }

  String merchantSerial() {
    return merchantSerial;
  }

  String merchantPrivateKey() {
    return merchantPrivateKey;
  }

  String merchantId() {
    return merchantId;
  }

  String apiV3Key() {
    return apiV3Key;
  }

  String certificates() {
    return certificates;
  }

  String updatedBy() {
    return updatedBy;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
