package com.openplatform.accounts.account;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A link mailed to a registered address (§2.1.1, §2.1.2): only the SHA-256 of its token is kept; it
 * expires, works once, and stops working when a newer link is mailed for the same account.
 */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(
    name = "EmailConfirmation.byTokenHash",
    query = "SELECT c FROM EmailConfirmation c WHERE c.tokenHash = :hash")
@NamedQuery(
    name = "EmailConfirmation.openOfAccount",
    query =
        "SELECT c FROM EmailConfirmation c WHERE c.accountId = :account"
            + " AND c.usedAt IS NULL AND c.supersededAt IS NULL")
public class EmailConfirmation extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  /** The address the link was mailed to. */
  @Column(name = "email", updatable = false)
  private String email;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** When a newer link for the same account replaced this one. */
  @Column(name = "superseded_at")
  private Instant supersededAt;

  protected EmailConfirmation() {}

  EmailConfirmation(
      String accountId, String email, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.email = email;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public String accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  boolean usable(Instant now) {
    return !spent() && now.isBefore(expiresAt);
  }

  /** Used, or replaced by a newer link: only the newest link mailed for an account works. */
  boolean spent() {
    return usedAt != null || supersededAt != null;
  }

  void supersede(Instant now) {
    supersededAt = now;
  }

  void use(Instant now) {
    usedAt = now;
  }
}
