package com.openplatform.accounts.agreement;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A developer's acceptance of an agreement version (§8.1), or written refusal of it (§5.1, §6.4):
 * which version, when, and from where (IP address and user agent).
 */
@Entity
@Table(name = "agreement_decision")
@NamedQuery(
    name = "AgreementDecision.ofAccountAndVersion",
    query =
        "SELECT d FROM AgreementDecision d WHERE d.accountId = :account AND d.versionId = :version")
@NamedQuery(
    name = "AgreementDecision.ofAccount",
    query = "SELECT d FROM AgreementDecision d WHERE d.accountId = :account ORDER BY d.decidedAt")
public class AgreementDecision extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "version_id", nullable = false, updatable = false)
  private String versionId;

  @Column(nullable = false, updatable = false)
  private boolean accepted;

  @Column(updatable = false)
  private String statement;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "ip_address", updatable = false)
  private String ipAddress;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  protected AgreementDecision() {}

  AgreementDecision(
      String accountId,
      String versionId,
      boolean accepted,
      String statement,
      Instant at,
      Origin origin) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.versionId = versionId;
    this.accepted = accepted;
    this.statement = statement;
    this.decidedAt = at;
    this.ipAddress = origin.ipAddress();
    this.userAgent = origin.userAgent();
  }

  public String accountId() {
    return accountId;
  }

  public String versionId() {
    return versionId;
  }

  public boolean accepted() {
    return accepted;
  }

  public String statement() {
    return statement;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String ipAddress() {
    return ipAddress;
  }

  public String userAgent() {
    return userAgent;
  }
}
