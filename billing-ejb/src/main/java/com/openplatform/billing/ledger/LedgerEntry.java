package com.openplatform.billing.ledger;

import com.openplatform.billing.money.Money;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * One movement of money (§2.3, §2.4): a payment received for an order (positive) or a refund paid
 * back (negative). Never changed or deleted; a provider's transaction is booked at most once.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = "LedgerEntry.byTransaction",
    query =
        "SELECT e FROM LedgerEntry e WHERE e.provider = :provider AND e.transactionId = :transaction")
@NamedQuery(
    name = "LedgerEntry.ofOrder",
    query = "SELECT e FROM LedgerEntry e WHERE e.orderId = :order ORDER BY e.bookedAt")
@NamedQuery(
    name = "LedgerEntry.sumBetween",
    query =
        "SELECT e.currency, SUM(e.amountMinor), COUNT(e) FROM LedgerEntry e"
            + " WHERE e.bookedAt >= :from AND e.bookedAt < :to GROUP BY e.currency")
public class LedgerEntry extends TenantOwned {

  /** What the entry records. */
  public enum Kind {
    PAYMENT,
    REFUND
  }

  @Id private String id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private String orderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "transaction_id", nullable = false, updatable = false)
  private String transactionId;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  protected LedgerEntry() {}

  LedgerEntry(
      String orderId, Kind kind, Money amount, String provider, String transactionId, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.orderId = orderId;
    this.kind = kind;
    this.amountMinor = amount.minor();
    this.currency = amount.currency().getCurrencyCode();
    this.provider = provider;
    this.transactionId = transactionId;
    this.bookedAt = at;
  }

  public String id() {
    return id;
  }

  public String orderId() {
    return orderId;
  }

  public Kind kind() {
    return kind;
  }

  public Money amount() {
    return new Money(amountMinor, Currency.getInstance(currency));
  }

  public String provider() {
    return provider;
  }

  public String transactionId() {
    return transactionId;
  }

  public Instant bookedAt() {
    return bookedAt;
  }
}
