package com.openplatform.accounts.account;

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
import java.util.UUID;

/**
 * A developer's account (§1.1, §2.1.1). Its email is its permanent identity: it is set once at
 * registration and no method changes it, and the account cannot be transferred, given or inherited.
 */
@Entity
@Table(name = "developer_account")
@NamedQuery(
    name = "DeveloperAccount.byEmail",
    query = "SELECT a FROM DeveloperAccount a WHERE a.email = :email")
@NamedQuery(
    name = "DeveloperAccount.bySubject",
    query = "SELECT a FROM DeveloperAccount a WHERE a.identitySubject = :subject")
@NamedQuery(
    name = "DeveloperAccount.all",
    query = "SELECT a FROM DeveloperAccount a ORDER BY a.createdAt DESC")
public class DeveloperAccount extends TenantOwned {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @Column(name = "identity_subject", nullable = false, updatable = false)
  private String identitySubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected DeveloperAccount() {}

  DeveloperAccount(EmailAddress email, String identitySubject, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.email = email.value();
    this.identitySubject = identitySubject;
    this.createdAt = createdAt;
    this.status = AccountStatus.PENDING;
  }

  /** The first entry of the account's status history. */
  AccountStatusChange registered(String actor) {
    return new AccountStatusChange(id, null, status, "register", actor, null, createdAt);
  }

  /**
   * Changes the status by a named operation, if the operation may start from the current status.
   *
   * @return the entry for the status history
   */
  AccountStatusChange apply(AccountAction action, String actor, String reason, Instant at) {
    if (!action.allowedFrom(status)) {
      throw new com.openplatform.core.problem.ProblemException(
          AccountProblem.STATUS_TRANSITION, action.code(), status.name());
    }
    AccountStatus from = status;
    status = action.target();
    return new AccountStatusChange(id, from, status, action.code(), actor, reason, at);
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  void rename(String displayName) {
    this.displayName = displayName;
  }

  public AccountStatus status() {
    return status;
  }

  public String identitySubject() {
    return identitySubject;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
