package com.openplatform.apps.mark;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mark of the operator that application names must not use or resemble (§2.6.4(3), §2.5.7), e.g.
 * its brand names in Chinese and Latin letters.
 */
@Entity
@Table(name = "protected_mark")
@NamedQuery(name = "ProtectedMark.all", query = "SELECT m FROM ProtectedMark m ORDER BY m.mark")
@NamedQuery(
    name = "ProtectedMark.byKey",
    query = "SELECT m FROM ProtectedMark m WHERE m.markKey = :key")
public class ProtectedMark extends TenantOwned {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String mark;

  @Column(name = "mark_key", nullable = false, updatable = false)
  private String markKey;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ProtectedMark() {}

  ProtectedMark(String mark, String markKey, String createdBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.mark = mark;
    this.markKey = markKey;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  public String id() {
    return id;
  }

  public String mark() {
    return mark;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
