package com.openplatform.accounts.stolen;

import com.openplatform.accounts.account.AccountAction;
import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountEnforcement;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.throttle.Limit;
import com.openplatform.core.throttle.Throttle;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports of accounts used or stolen without authorisation (§2.1.6). Anyone, signed in or not, may
 * report; trust &amp; safety staff verify; on confirmation the account is locked (its Keycloak user
 * disabled and every session revoked) and its rightful owner notified. Every step is recorded with
 * its time and actor.
 */
@Stateless
public class StolenAccountReports {

  public static final int NOTE_MAX = 5000;

  /** Reports from one client address per hour: a staff queue can't be flooded. */
  static final Limit PER_CLIENT = new Limit("stolen-report-client", 10, Duration.ofHours(1));

  @Inject Throttle throttle;

  @Inject ReportRepository reports;
  @Inject com.openplatform.core.notice.NoticeRequests notices;
  @EJB AccountDirectory accounts;
  @EJB AccountEnforcement enforcement;

  private final Clock clock = Clock.systemUTC();

  /** Accepts a report, complete or not; says what is missing. */
  public ReceiptView submit(ReportForm form, String reporterIp) {
    List<String> missing = ReportCompleteness.missing(form);
    throttle.acquire(PER_CLIENT, reporterIp);
    String accountId =
        Optional.ofNullable(form.accountEmail())
            .flatMap(EmailAddress::parse)
            .flatMap(accounts::idOfEmail)
            .orElse(null);
    Instant now = clock.instant();
    StolenAccountReport report = new StolenAccountReport(form, accountId, missing, now, reporterIp);
    reports.add(report);
    String reporter =
        TenantContext.caller()
            .subjectIfSignedIn()
            .map(s -> TenantContext.caller().username())
            .orElse("anonymous");
    reports.add(
        new ReportStep(
            report.id(),
            0,
            "received",
            reporter,
            missing.isEmpty() ? null : "missing: " + String.join(", ", missing),
            now));
    return new ReceiptView(report.id(), missing.isEmpty(), missing);
  }

  /** The queue, newest first, a page at a time. */
  public Page<ReportView> queue(PageRequest page) {
    return queue(page, null);
  }

  /** The queue ordered by {@code receivedAt} or {@code status} ({@code -} for descending). */
  public Page<ReportView> queue(PageRequest page, String sort) {
    Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    Sort order = Sort.parse(sort, ReportRepository.SORTABLE, ReportRepository.NEWEST);
    return page.page(
        reports.queue(page.first(), page.max(), order).stream().map(this::view).toList(),
        reports.count());
  }

  public ReportView get(String id) {
    Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    return view(report(id));
  }

  public ReportView startVerification(String id, String note) {
    Caller officer = Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    StolenAccountReport report = open(id, ReportStatus.RECEIVED);
    report.moveTo(ReportStatus.VERIFYING);
    step(report, "verification-started", officer, note);
    return view(report);
  }

  /**
   * The owner's identity is verified: the account is locked (suspended, sign-in refused, sessions
   * revoked) and its registered address told so; each is a recorded step.
   */
  public ReportView confirm(String id, String note) {
    Caller officer = Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    StolenAccountReport report = open(id, ReportStatus.RECEIVED, ReportStatus.VERIFYING);
    if (report.accountId() == null) {
      throw new ProblemException(StolenProblem.NO_ACCOUNT);
    }
    report.moveTo(ReportStatus.CONFIRMED);
    step(report, "confirmed", officer, note);
    AccountView locked =
        enforcement.apply(
            report.accountId(), AccountAction.SUSPEND, "stolen-account report " + report.id());
    step(report, "account-locked", officer, "Keycloak user disabled, sessions revoked");
    // §2.1.6, §6.1: the registered address is told through the notices module (email and the
    // inbox it sees once it is reinstated), with this transaction
    notices.send(
        NoticeRequest.legalTo(
            report.accountId(),
            "account.locked",
            Map.of("report", report.id()),
            "account.locked:" + report.id()));
    step(report, "owner-notified", officer, "notice to " + locked.email());
    return view(report);
  }

  public ReportView reject(String id, String note) {
    Caller officer = Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    StolenAccountReport report = open(id, ReportStatus.RECEIVED, ReportStatus.VERIFYING);
    if (note == null || note.isBlank()) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new com.openplatform.core.problem.Problem.FieldError("note", "required", null)));
    }
    report.moveTo(ReportStatus.REJECTED);
    step(report, "rejected", officer, note);
    return view(report);
  }

  private StolenAccountReport open(String id, ReportStatus... from) {
    StolenAccountReport report = report(id);
    if (!List.of(from).contains(report.status())) {
      throw new ProblemException(StolenProblem.ALREADY_DECIDED, report.status().name());
    }
    return report;
  }

  private StolenAccountReport report(String id) {
    return reports.find(id).orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
  }

  private void step(StolenAccountReport report, String step, Caller actor, String note) {
    if (note != null && note.strip().length() > NOTE_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new com.openplatform.core.problem.Problem.FieldError("note", "too-long", null)));
    }
    int seq = reports.steps(report.id()).size();
    reports.add(
        new ReportStep(
            report.id(),
            seq,
            step,
            actor.username(),
            note == null || note.isBlank() ? null : note.strip(),
            clock.instant()));
  }

  private ReportView view(StolenAccountReport r) {
    return new ReportView(
        r.id(),
        r.status(),
        r.missing().isEmpty(),
        r.missing(),
        r.accountId(),
        r.form(),
        r.receivedAt(),
        reports.steps(r.id()).stream()
            .map(s -> new ReportView.StepView(s.step(), s.actor(), s.note(), s.at()))
            .toList());
  }
}
