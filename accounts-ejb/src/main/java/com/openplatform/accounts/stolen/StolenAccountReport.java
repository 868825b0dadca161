package com.openplatform.accounts.stolen;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report that an account is used or stolen without authorisation (§2.1.6): the reporter's
 * identity information, the facts and the requests. Accepted even when incomplete, marked with what
 * is missing — the operator may then be unable to verify it in time (§2.1.6).
 */
@Entity
@Table(name = "stolen_account_report")
public class StolenAccountReport extends TenantOwned {

  @Id private String id;

  @Column(name = "account_email", updatable = false)
  private String accountEmail;

  @Column(name = "account_id", updatable = false)
  private String accountId;

  @Column(name = "reporter_name", updatable = false)
  private String reporterName;

  @Column(name = "reporter_email", updatable = false)
  private String reporterEmail;

  @Column(name = "reporter_phone", updatable = false)
  private String reporterPhone;

  @Column(name = "identity_info", updatable = false)
  private String identityInfo;

  @Column(updatable = false)
  private String facts;

  @Column(name = "requests", updatable = false)
  private String requests;

  @Column(name = "missing", updatable = false)
  private String missing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "reporter_ip", updatable = false)
  private String reporterIp;

  protected StolenAccountReport() {}

  StolenAccountReport(
      ReportForm form, String accountId, List<String> missing, Instant at, String ip) {
    this.id = UUID.randomUUID().toString();
    this.accountEmail = form.accountEmail();
    this.accountId = accountId;
    this.reporterName = form.reporterName();
    this.reporterEmail = form.reporterEmail();
    this.reporterPhone = form.reporterPhone();
    this.identityInfo = form.identityInfo();
    this.facts = form.facts();
    this.requests = form.requests();
    this.missing = String.join(",", missing);
    this.status = ReportStatus.RECEIVED;
    this.receivedAt = at;
    this.reporterIp = ip;
  }

  public String id() {
    return id;
  }

  public String accountEmail() {
    return accountEmail;
  }

  public String accountId() {
    return accountId;
  }

  public ReportForm form() {
    return new ReportForm(
        accountEmail, reporterName, reporterEmail, reporterPhone, identityInfo, facts, requests);
  }

  public List<String> missing() {
    return missing == null || missing.isEmpty() ? List.of() : List.of(missing.split(","));
  }

  public ReportStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  void moveTo(ReportStatus next) {
    status = next;
  }
}
