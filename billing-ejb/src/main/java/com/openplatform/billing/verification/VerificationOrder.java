package com.openplatform.billing.verification;

import com.openplatform.billing.money.Money;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A developer's order of verification (§2.4) at the price in force when it was placed: it waits for
 * payment until its deadline, is paid once (whatever number of notifications report it), is
 * reviewed, and ends approved for a period or rejected with reasons. State changes go through
 * {@link OrderState} only.
 */
@Entity
@Table(name = "verification_order")
@NamedQuery(
    name = "VerificationOrder.ofAccount",
    query =
        "SELECT o FROM VerificationOrder o WHERE o.accountId = :account ORDER BY o.createdAt DESC")
@NamedQuery(
    name = "VerificationOrder.countOfAccount",
    query = "SELECT COUNT(o) FROM VerificationOrder o WHERE o.accountId = :account")
@NamedQuery(
    name = "VerificationOrder.inStates",
    query = "SELECT o FROM VerificationOrder o WHERE o.state IN :states ORDER BY o.createdAt")
@NamedQuery(
    name = "VerificationOrder.countInStates",
    query = "SELECT COUNT(o) FROM VerificationOrder o WHERE o.state IN :states")
@NamedQuery(
    name = "VerificationOrder.inStatesOf",
    query =
        "SELECT o FROM VerificationOrder o WHERE o.state IN :states"
            + " AND o.reviewerOrganisation = :org ORDER BY o.createdAt")
@NamedQuery(
    name = "VerificationOrder.countInStatesOf",
    query =
        "SELECT COUNT(o) FROM VerificationOrder o WHERE o.state IN :states"
            + " AND o.reviewerOrganisation = :org")
@NamedQuery(
    name = "VerificationOrder.expiringUnreminded",
    query =
        "SELECT o.id FROM VerificationOrder o WHERE o.state = :state AND o.validUntil > :now"
            + " AND o.validUntil <= :until AND o.remindedAt IS NULL ORDER BY o.validUntil")
@NamedQuery(
    name = "VerificationOrder.overdueOfAccount",
    query =
        "SELECT o FROM VerificationOrder o WHERE o.accountId = :account AND o.state = :state"
            + " AND o.payBy < :now")
@NamedQuery(
    name = "VerificationOrder.overdue",
    query =
        "SELECT o FROM VerificationOrder o WHERE o.state = :state AND o.payBy < :now"
            + " ORDER BY o.payBy")
public class VerificationOrder extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(nullable = false, updatable = false)
  private String developer;

  @Column(nullable = false, updatable = false)
  private String service;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderState state;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "pay_by", nullable = false, updatable = false)
  private Instant payBy;

  private String provider;

  @Column(name = "transaction_id")
  private String transactionId;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String reasons;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Column(name = "refunded_at")
  private Instant refundedAt;

  @Column(name = "refunded_by")
  private String refundedBy;

  /** §2.4.2: the reviewer organisation the order is entrusted to; null: the tenant's staff. */
  @Column(name = "reviewer_organisation")
  private String reviewerOrganisation;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  /** §2.4: when the developer was reminded that this verification is about to expire. */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected VerificationOrder() {}

  VerificationOrder(
      String accountId, String developer, String service, Money price, Instant at, Instant payBy) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.developer = developer;
    this.service = service;
    this.amountMinor = price.minor();
    this.currency = price.currency().getCurrencyCode();
    this.state = OrderState.AWAITING_PAYMENT;
    this.createdAt = at;
    this.payBy = payBy;
  }

  /**
   * Payment confirmed by {@code provider}'s transaction; false when the order was paid already (a
   * replayed or late notification), which changes nothing.
   */
  public boolean paid(String provider, String transactionId, Instant at) {
    OrderState.Transition t = state.on(OrderState.Event.PAYMENT_CONFIRMED);
    if (!t.changed()) {
      return false;
    }
    this.state = t.to();
    this.provider = provider;
    this.transactionId = transactionId;
    this.paidAt = at;
    return true;
  }

  void expire() {
    this.state = state.on(OrderState.Event.DEADLINE_PASSED).to();
  }

  void approve(String by, Instant at, Instant validUntil) {
    review();
    this.state = state.on(OrderState.Event.APPROVED).to();
    this.decidedBy = by;
    this.decidedAt = at;
    this.validUntil = validUntil;
  }

  void reject(String by, Instant at, String reasons) {
    review();
    this.state = state.on(OrderState.Event.REJECTED).to();
    this.decidedBy = by;
    this.decidedAt = at;
    this.reasons = reasons;
  }

  private void review() {
    if (state == OrderState.PAID) {
      this.state = state.on(OrderState.Event.REVIEW_STARTED).to();
    }
  }

  /** Entrusts the review to an organisation (null: back to the tenant's staff). */
  void assign(String organisationId, String by, Instant at) {
    this.reviewerOrganisation = organisationId;
    this.assignedBy = by;
    this.assignedAt = at;
  }

  /** Records the expiry reminder; false if one was sent already. */
  boolean remind(Instant at) {
    if (remindedAt != null) {
      return false;
    }
    remindedAt = at;
    return true;
  }

  /**
   * §2.4: whether {@code other}, an order of the same developer, renews this verification: one on
   * its way (awaiting payment, paid, in review) or one approved until later. Such a developer needs
   * no expiry reminder.
   */
  boolean renewedBy(VerificationOrder other) {
    if (other.id.equals(id)) {
      return false;
    }
    if (MyVerification.OPEN.contains(other.state)) {
      return true;
    }
    return other.state == OrderState.APPROVED
        && validUntil != null
        && other.validUntil.isAfter(validUntil);
  }

  public String reviewerOrganisation() {
    return reviewerOrganisation;
  }

  void refund(String by, Instant at) {
    this.state = state.on(OrderState.Event.REFUNDED).to();
    this.refundedBy = by;
    this.refundedAt = at;
  }

  public String id() {
    return id;
  }

  /** The order number providers see ({@code out_trade_no}: 32 characters). */
  public String number() {
    return id.replace("-", "");
  }

  public String accountId() {
    return accountId;
  }

  public String developer() {
    return developer;
  }

  public String service() {
    return service;
  }

  public Money price() {
    return new Money(amountMinor, Currency.getInstance(currency));
  }

  public OrderState state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant payBy() {
    return payBy;
  }

  public String provider() {
    return provider;
  }

  public String transactionId() {
    return transactionId;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String reasons() {
    return reasons;
  }

  public Instant validUntil() {
    return validUntil;
  }

  public Instant refundedAt() {
    return refundedAt;
  }
}
