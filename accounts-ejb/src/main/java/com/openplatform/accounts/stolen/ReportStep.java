package com.openplatform.accounts.stolen;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of handling a stolen-account report, with its time and actor (§2.1.6). */
@Entity
@Table(name = "stolen_report_step")
@NamedQuery(
    name = "ReportStep.ofReport",
    query = "SELECT s FROM ReportStep s WHERE s.reportId = :report ORDER BY s.at, s.seq")
public class ReportStep extends TenantOwned {

  @Id private String id;

  @Column(name = "report_id", nullable = false, updatable = false)
  private String reportId;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Column(nullable = false, updatable = false)
  private String step;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String note;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected ReportStep() {}

  ReportStep(String reportId, int seq, String step, String actor, String note, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.reportId = reportId;
    this.seq = seq;
    this.step = step;
    this.actor = actor;
    this.note = note;
    this.at = at;
  }

  public String step() {
    return step;
  }

  public String actor() {
    return actor;
  }

  public String note() {
    return note;
  }

  public Instant at() {
    return at;
  }
}
