package com.openplatform.accounts.affiliate;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An account's membership of an entity group that staff declared (§5.7: parent and subsidiary, head
 * and branch, control, VIE …). An account is in at most one declared group; declaring two groups'
 * members affiliated merges the groups.
 */
@Entity
@Table(name = "affiliation")
@NamedQuery(
    name = "Affiliation.ofAccount",
    query = "SELECT f FROM Affiliation f WHERE f.accountId = :account")
@NamedQuery(
    name = "Affiliation.ofGroup",
    query = "SELECT f FROM Affiliation f WHERE f.groupId = :group")
public class Affiliation extends TenantOwned {

  @Id private String id;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "declared_by", nullable = false, updatable = false)
  private String declaredBy;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  protected Affiliation() {}

  Affiliation(String groupId, String accountId, String reason, String declaredBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.groupId = groupId;
    this.accountId = accountId;
    this.reason = reason;
    this.declaredBy = declaredBy;
    this.declaredAt = at;
  }

  public String groupId() {
    return groupId;
  }

  public String accountId() {
    return accountId;
  }

  public String reason() {
    return reason;
  }

  public String declaredBy() {
    return declaredBy;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  void moveTo(String group) {
    this.groupId = group;
  }
}
