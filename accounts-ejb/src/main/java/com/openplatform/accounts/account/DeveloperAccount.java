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
    name = "DeveloperAccount.byQqNumber",
    query = "SELECT a FROM DeveloperAccount a WHERE a.qqNumber = :qq")
@NamedQuery(
    name = "DeveloperAccount.bySubject",
    query = "SELECT a FROM DeveloperAccount a WHERE a.identitySubject = :subject")
public class DeveloperAccount extends TenantOwned {

  @Id private String id;

  /** Null only for an account registered with a QQ number until it links an email (§2.1.1). */
  @Column(name = "email")
  private String email;

  @Column(name = "qq_number", updatable = false)
  private String qqNumber;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  /** The Keycloak user's id; null while the account is pending (no user exists yet). */
  @Column(name = "identity_subject")
  private String identitySubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected DeveloperAccount() {}

  /**
   * A pending registration of an email address (§2.1.1, §2.1.2): no Keycloak user and no password
   * exist until whoever holds the link mailed to the address confirms it and chooses the password.
   */
  DeveloperAccount(EmailAddress email, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.email = email.value();
    this.createdAt = createdAt;
    this.status = AccountStatus.PENDING;
  }

  /** The account's Keycloak user, set once when the account is confirmed or created active. */
  void signsInAs(String subject) {
    if (identitySubject != null && !identitySubject.equals(subject)) {
      throw new IllegalStateException("account " + id + " already signs in as another user");
    }
    this.identitySubject = subject;
  }

  /**
   * An existing user an operator imported with a QQ number (§2.1.1): active, so it can sign in with
   * the QQ number, but it must link an email before it can do anything else.
   */
  public static DeveloperAccount importedWithQq(
      String qqNumber, String displayName, String identitySubject, Instant createdAt) {
    DeveloperAccount account = new DeveloperAccount();
    account.id = UUID.randomUUID().toString();
    account.qqNumber = qqNumber;
    account.displayName = displayName;
    account.identitySubject = identitySubject;
    account.createdAt = createdAt;
    account.status = AccountStatus.ACTIVE;
    return account;
  }

  /**
   * Links the email of an account registered with a QQ number; once set, it never changes (§2.1.1).
   */
  void linkEmail(EmailAddress address) {
    if (email != null) {
      throw new com.openplatform.core.problem.ProblemException(AccountProblem.EMAIL_PERMANENT);
    }
    email = address.value();
  }

  /** The history entry of linking an email (the status stays as it is). */
  AccountStatusChange linkedEmail(Instant at) {
    return new AccountStatusChange(id, status, status, "link-email", email, null, at);
  }

  public String qqNumber() {
    return qqNumber;
  }

  /** The first entry of the account's status history. */
  public AccountStatusChange registered(String actor) {
    return new AccountStatusChange(
        id, null, status, qqNumber == null ? "register" : "import-qq", actor, null, createdAt);
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
