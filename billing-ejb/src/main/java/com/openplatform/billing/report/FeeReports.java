package com.openplatform.billing.report;

import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.fee.PaidService;
import com.openplatform.billing.reviewer.Organisations;
import com.openplatform.billing.reviewer.ReviewerOrganisation;
import com.openplatform.billing.verification.OrderState;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The verification fee report for finance (§2.3, §2.4): the ledger's payments and refunds of a
 * period, by order status and service, with subtotals by month in the tenant's time zone, as PDF,
 * XLSX or CSV. A report is made in the background ({@link ReportRunner}); its progress is read here
 * and the file downloaded when it is done.
 */
@Stateless
@RolesAllowed({"finance", "tenant-admin"})
public class FeeReports {

  public static final int PERIOD_MAX_DAYS = 366;
  public static final int RUNNING_MAX = 2;

  /** What a report covers: days in the tenant's zone, both included. */
  public record ReportRequest(
      @Schema(required = true, format = "date") String from,
      @Schema(required = true, format = "date", description = "Included") String to,
      @Schema(
              required = true,
              enumeration = {"PDF", "XLSX", "CSV"})
          String format,
      @Schema(description = "Only orders in this state") OrderState state,
      @Schema(description = "Only this paid service") PaidService service,
      @Schema(description = "Language of the labels: en or zh", examples = "zh") String language,
      @Schema(
              format = "uuid",
              description = "Only orders entrusted to this reviewer organisation (§2.4.2)")
          String reviewerOrganisation) {}

  /** The query a request becomes: UTC instants of the period's days in the tenant's zone. */
  record Filter(
      Instant from, Instant to, OrderState state, String service, String reviewerOrganisation) {}

  /** A report job as finance sees it. */
  public record JobView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(
              required = true,
              enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"})
          String state,
      @Schema(required = true) String format,
      @Schema(required = true, format = "date") String from,
      @Schema(required = true, format = "date") String to,
      @Schema(required = true) long rows,
      @Schema(required = true, description = "Rows the report will hold") long expectedRows,
      @Schema(required = true) int percent,
      @Schema(description = "Sum of the rows, exact; set when done") String net,
      @Schema(required = true) String requestedBy,
      @Schema(required = true) Instant createdAt,
      Instant finishedAt) {}

  /** A finished report's file. */
  public record ReportFile(Path path, String fileName, String contentType) {}

  @Inject ReportJobs jobs;
  @Inject Organisations organisations;
  @EJB ReportRunner runner;

  public JobView start(ReportRequest request) {
    String tenant = TenantContext.tenant().value();
    Checked checked = check(request, TenantDirectory.zoneOf(TenantContext.tenant()), organisations);
    if (jobs.running(tenant) >= RUNNING_MAX) {
      throw new ProblemException(BillingProblem.REPORTS_BUSY, RUNNING_MAX);
    }
    ReportJob job =
        new ReportJob(
            UUID.randomUUID().toString(),
            tenant,
            TenantContext.caller().username(),
            request,
            checked.format(),
            Now.instant());
    jobs.add(job);
    runner.run(job, checked.filter(), checked.params(TenantContext.tenant().displayName()));
    return view(job);
  }

  public List<JobView> mine() {
    return jobs.of(TenantContext.tenant().value()).stream().map(FeeReports::view).toList();
  }

  public JobView job(String id) {
    return view(find(id));
  }

  public ReportFile file(String id) {
    ReportJob job = find(id);
    if (job.state != ReportJob.State.DONE || job.file == null) {
      throw new ProblemException(BillingProblem.REPORT_NOT_READY);
    }
    return new ReportFile(
        job.file,
        "verification-fees-"
            + job.request.from()
            + "-"
            + job.request.to()
            + "."
            + job.format.extension(),
        job.format.contentType());
  }

  private ReportJob find(String id) {
    return jobs.find(TenantContext.tenant().value(), id)
        .orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
  }

  private record Checked(
      Filter filter,
      FeeReport.Format format,
      LocalDate from,
      LocalDate to,
      Locale locale,
      ZoneId zone,
      List<String> filters) {
    FeeReport.Params params(String tenantName) {
      return new FeeReport.Params(tenantName, from, to, zone, locale, filters);
    }
  }

  private static Checked check(ReportRequest request, ZoneId zone, Organisations organisations) {
    if (request == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    List<FieldError> errors = new ArrayList<>();
    LocalDate from = date(request.from(), "from", errors);
    LocalDate to = date(request.to(), "to", errors);
    if (from != null
        && to != null
        && (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= PERIOD_MAX_DAYS)) {
      errors.add(new FieldError("to", "invalid", null));
    }
    FeeReport.Format format = null;
    try {
      format =
          FeeReport.Format.valueOf(
              request.format() == null ? "" : request.format().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("format", "invalid", null));
    }
    String language = request.language() == null ? "en" : request.language().strip();
    if (!language.equals("en") && !language.equals("zh")) {
      errors.add(new FieldError("language", "invalid", null));
    }
    Optional<ReviewerOrganisation> organisation = Optional.empty();
    if (request.reviewerOrganisation() != null && !request.reviewerOrganisation().isBlank()) {
      organisation = organisations.find(request.reviewerOrganisation().strip());
      if (organisation.isEmpty()) {
        errors.add(new FieldError("reviewerOrganisation", "unknown", null));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    List<String> filters = new ArrayList<>();
    if (request.state() != null) {
      filters.add("status: " + request.state().name());
    }
    if (request.service() != null) {
      filters.add("service: " + request.service().name());
    }
    organisation.ifPresent(o -> filters.add("reviewer organisation: " + o.name()));
    Filter filter =
        new Filter(
            from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant(),
            request.state(),
            request.service() == null ? null : request.service().name(),
            organisation.map(ReviewerOrganisation::id).orElse(null));
    return new Checked(filter, format, from, to, locale, zone, filters);
  }

  private static LocalDate date(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "required", null));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "invalid", null));
      return null;
    }
  }

  private static JobView view(ReportJob job) {
    long rows = job.rows.get();
    long expected = job.expectedRows;
    int percent =
        job.state == ReportJob.State.DONE
            ? 100
            : expected == 0 ? 0 : (int) Math.min(99, rows * 100 / expected);
    return new JobView(
        job.id,
        job.state.name(),
        job.format.name(),
        job.request.from(),
        job.request.to(),
        rows,
        expected,
        percent,
        job.totals == null
            ? null
            : java.math.BigDecimal.valueOf(job.totals.netMinor(), 2).toPlainString(),
        job.requestedBy,
        job.createdAt,
        job.finishedAt);
  }
}
