package com.openplatform.accounts.account;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of an account's status: which operation, from what to what, by whom, why and when. */
@Entity
@Table(name = "account_status_change")
@NamedQuery(
    name = "AccountStatusChange.ofAccount",
    query =
        "SELECT c FROM AccountStatusChange c WHERE c.accountId = :account ORDER BY c.changedAt, c.id")
public class AccountStatusChange extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private AccountStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private AccountStatus toStatus;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected AccountStatusChange() {}

  AccountStatusChange(
      String accountId,
      AccountStatus from,
      AccountStatus to,
      String action,
      String actor,
      String reason,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.fromStatus = from;
    this.toStatus = to;
    this.action = action;
    this.actor = actor;
    this.reason = reason;
    this.changedAt = at;
  }

  public String accountId() {
    return accountId;
  }

  public AccountStatus fromStatus() {
    return fromStatus;
  }

  public AccountStatus toStatus() {
    return toStatus;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
