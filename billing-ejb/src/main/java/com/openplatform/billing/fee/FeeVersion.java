package com.openplatform.billing.fee;

import com.openplatform.billing.money.Money;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * One published price of a paid service (§2.3), in force from its effective instant. Never changed.
 */
@Entity
@Table(name = "fee_version")
@NamedQuery(
    name = "FeeVersion.ofService",
    query = "SELECT v FROM FeeVersion v WHERE v.service = :service ORDER BY v.effectiveAt")
public class FeeVersion extends TenantOwned {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String service;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "effective_at", nullable = false, updatable = false)
  private Instant effectiveAt;

  @Column(name = "published_by", nullable = false, updatable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  protected FeeVersion() {}

  FeeVersion(PaidService service, FeeSchedule.Version version, String publishedBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.service = service.name();
    this.amountMinor = version.price().minor();
    this.currency = version.price().currency().getCurrencyCode();
    this.effectiveAt = version.effectiveAt();
    this.publishedBy = publishedBy;
    this.publishedAt = at;
  }

  FeeSchedule.Version version() {
    return new FeeSchedule.Version(
        new Money(amountMinor, Currency.getInstance(currency)), effectiveAt);
  }

  public String id() {
    return id;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
