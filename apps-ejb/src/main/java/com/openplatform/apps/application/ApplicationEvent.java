package com.openplatform.apps.application;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an application's life: who did what, why and when (§2.5.7 review, §2.8 measures). */
@Entity
@Table(name = "application_event")
@NamedQuery(
    name = "ApplicationEvent.of",
    query = "SELECT e FROM ApplicationEvent e WHERE e.applicationId = :app ORDER BY e.at, e.id")
public class ApplicationEvent extends TenantOwned {

  @Id private String id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private String applicationId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected ApplicationEvent() {}

  ApplicationEvent(String applicationId, String action, String actor, String reason, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.applicationId = applicationId;
    this.action = action;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }
}
