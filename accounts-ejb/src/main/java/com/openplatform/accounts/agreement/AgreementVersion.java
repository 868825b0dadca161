package com.openplatform.accounts.agreement;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A version of the tenant's developer service agreement (§8.1), in force from its effective time.
 * The version in force is the latest whose effective time has come.
 */
@Entity
@Table(name = "agreement_version")
@NamedQuery(
    name = "AgreementVersion.inForce",
    query =
        "SELECT v FROM AgreementVersion v WHERE v.effectiveAt <= :now"
            + " ORDER BY v.effectiveAt DESC, v.publishedAt DESC")
@NamedQuery(
    name = "AgreementVersion.byLabel",
    query = "SELECT v FROM AgreementVersion v WHERE v.label = :label")
public class AgreementVersion extends TenantOwned {

  @Id private String id;

  @Column(name = "label", nullable = false, updatable = false)
  private String label;

  @Column(nullable = false, updatable = false)
  private String title;

  @Lob
  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "effective_at", nullable = false, updatable = false)
  private Instant effectiveAt;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, updatable = false)
  private String publishedBy;

  protected AgreementVersion() {}

  AgreementVersion(
      String label,
      String title,
      String body,
      Instant effectiveAt,
      Instant publishedAt,
      String publishedBy) {
    this.id = UUID.randomUUID().toString();
    this.label = label;
    this.title = title;
    this.body = body;
    this.effectiveAt = effectiveAt;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }
}
