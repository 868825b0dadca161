package com.openplatform.billing.reviewer;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in of a reviewer organisation (§2.4.2): the tenant realm's user (the {@code sub} of its
 * tokens) that reviews for it. A user belongs to one organisation at most.
 */
@Entity
@Table(name = "reviewer_member")
@NamedQuery(
    name = "ReviewerMember.ofOrganisation",
    query = "SELECT m FROM ReviewerMember m WHERE m.organisationId = :org ORDER BY m.email")
@NamedQuery(
    name = "ReviewerMember.ofUser",
    query = "SELECT m FROM ReviewerMember m WHERE m.userId = :user")
public class ReviewerMember extends TenantOwned {

  @Id private String id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private String organisationId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(nullable = false, updatable = false)
  private String email;

  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected ReviewerMember() {}

  ReviewerMember(String organisationId, String userId, String email, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.userId = userId;
    this.email = email;
    this.addedBy = by;
    this.addedAt = at;
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public String userId() {
    return userId;
  }

  public String email() {
    return email;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
