package com.openplatform.billing.reviewer;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An entrusted third-party reviewer organisation of the tenant (§2.4.2). Its reviewers see only the
 * verification orders assigned to it; an inactive organisation's reviewers see nothing, and nothing
 * new can be assigned to it.
 */
@Entity
@Table(name = "reviewer_organisation")
@NamedQuery(
    name = "ReviewerOrganisation.all",
    query = "SELECT o FROM ReviewerOrganisation o ORDER BY o.name")
@NamedQuery(
    name = "ReviewerOrganisation.byKey",
    query = "SELECT o FROM ReviewerOrganisation o WHERE o.nameKey = :key")
public class ReviewerOrganisation extends TenantOwned {

  public static final int NAME_MAX = 100;

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_key", nullable = false)
  private String nameKey;

  private String contact;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReviewerOrganisation() {}

  ReviewerOrganisation(String name, String contact, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    rename(name);
    this.contact = contact;
    this.active = true;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Two names that differ only in width, case or spacing name one organisation. */
  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  void rename(String name) {
    this.name = name;
    this.nameKey = key(name);
  }

  void update(String contact, boolean active) {
    this.contact = contact;
    this.active = active;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String contact() {
    return contact;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
