package com.openplatform.accounts.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An operator's open platform: its realm, brand and time zone. Platform-level, not tenant-owned.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.all", query = "SELECT t FROM Tenant t ORDER BY t.id")
public class Tenant {

  @Id private String id;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The address its mail comes from; null for the platform's ({@code op.mail.from}). */
  @Column(name = "mail_from")
  private String mailFrom;

  /** Where replies to its mail go; null for none. */
  @Column(name = "mail_reply_to")
  private String mailReplyTo;

  /** §2.1.3, §2.8: whether a restricted account's applications stop serving users. */
  @Column(name = "restriction_closes_apps", nullable = false)
  private boolean restrictionClosesApps;

  protected Tenant() {}

  public Tenant(String id, String displayName, ZoneId zone, Instant createdAt) {
    this.id = id;
    this.displayName = displayName;
    this.timeZone = zone.getId();
    this.createdAt = createdAt;
  }

  public boolean restrictionClosesApps() {
    return restrictionClosesApps;
  }

  void restrictionClosesApps(boolean closes) {
    this.restrictionClosesApps = closes;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public String mailReplyTo() {
    return mailReplyTo;
  }

  /** Sets where the tenant's mail comes from and where replies go (null: the platform's). */
  public void mailFrom(String from, String replyTo) {
    this.mailFrom = from;
    this.mailReplyTo = replyTo;
  }
}
