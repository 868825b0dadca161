package com.openplatform.billing.fee;

import com.openplatform.billing.BillingData;
import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.Refused;
import com.openplatform.billing.money.Money;
import com.openplatform.core.config.Settings;
import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeRequests;
import com.openplatform.core.notice.NoticeTimes;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tenant's fee schedules (§2.3): read by staff, published by finance or tenant administrators.
 * §2.3.2: a new price, or a charge for a service that was free, takes effect no sooner than the
 * tenant's notice period ({@code op.billing.notice-days}, default 30) after it is published; a cut
 * may take effect at once; the past is never rewritten.
 */
@Stateless
@RolesAllowed({"finance", "tenant-admin", "reviewer"})
public class FeeSchedules {

  static final int DEFAULT_NOTICE_DAYS = 30;
  public static final int AMOUNT_MAX = 20;

  /** A version as staff read it; amounts in major units, exact ({@code "300.00"}). */
  public record VersionView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true, examples = "300.00") String amount,
      @Schema(required = true, examples = "CNY") String currency,
      @Schema(required = true) Instant effectiveAt,
      @Schema(required = true) String publishedBy,
      @Schema(required = true) Instant publishedAt) {}

  /** A service's schedule: every version, and the price in force now (absent: free). */
  public record ScheduleView(
      @Schema(required = true) PaidService service,
      @Schema(description = "The price in force now; absent while the service is free")
          String priceInForce,
      @Schema(required = true) String currency,
      @Schema(required = true) int noticeDays,
      @Schema(required = true) List<VersionView> versions) {}

  /** A new version: an exact amount in major units and when it takes effect (UTC). */
  public record NewVersion(
      @Schema(required = true, maxLength = AMOUNT_MAX, examples = "350.00") String amount,
      @Schema(maxLength = 3, description = "ISO 4217; default CNY", examples = "CNY")
          String currency,
      @Schema(required = true, format = "date-time") String effectiveAt) {}

  @Inject Versions versions;
  @Inject NoticeRequests notices;

  public ScheduleView schedule(String service) {
    PaidService s = service(service);
    List<FeeVersion> all = versions.of(s);
    FeeSchedule schedule = new FeeSchedule(all.stream().map(FeeVersion::version).toList());
    Currency currency =
        schedule.versions().isEmpty() ? Money.CNY : schedule.versions().get(0).price().currency();
    return new ScheduleView(
        s,
        schedule.priceAt(Now.instant()).map(m -> m.major().toPlainString()).orElse(null),
        currency.getCurrencyCode(),
        noticeDays(),
        all.stream().map(FeeSchedules::view).toList());
  }

  /** §2.3.2: publishes a version, refused when it is not announced in time. */
  @RolesAllowed({"finance", "tenant-admin"})
  public VersionView publish(String service, NewVersion form) {
    PaidService s = service(service);
    FeeSchedule.Version next = checked(form);
    List<FeeVersion> all = versions.of(s);
    FeeSchedule schedule = new FeeSchedule(all.stream().map(FeeVersion::version).toList());
    Instant now = Now.instant();
    try {
      schedule.publish(next, now, Duration.ofDays(noticeDays()));
    } catch (Refused refused) {
      throw new ProblemException(
          refused.reason() == FeeSchedule.Refusal.NOT_ANNOUNCED_IN_TIME
              ? BillingProblem.NOT_ANNOUNCED_IN_TIME
              : refused.reason() == FeeSchedule.Refusal.OTHER_CURRENCY
                      || refused.reason() == FeeSchedule.Refusal.NEGATIVE_PRICE
                  ? ProblemKind.Common.INVALID_INPUT
                  : BillingProblem.FEE_CONFLICT,
          noticeDays());
    }
    FeeVersion version = new FeeVersion(s, next, TenantContext.caller().username(), now);
    versions.add(version);
    announce(s, next);
    return view(version);
  }

  /**
   * §2.3.2, §6.1: every developer is told of a new price before it takes effect — announcement,
   * inbox and email — sent with the publishing transaction.
   */
  private void announce(PaidService service, FeeSchedule.Version next) {
    notices.send(
        new NoticeRequest(
            "fee.announced",
            NoticeKind.LEGAL,
            Audience.all(),
            Set.of(Channel.ANNOUNCEMENT, Channel.INBOX, Channel.EMAIL),
            Map.of(
                "service", service.name(),
                "price", next.price().toString(),
                "effectiveAt", NoticeTimes.inTenantZone(next.effectiveAt()),
                "link",
                    TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
                        + "/portal/account/verification.xhtml"),
            "fee:" + UUID.randomUUID()));
  }

  private static FeeSchedule.Version checked(NewVersion form) {
    if (form == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    List<FieldError> errors = new ArrayList<>();
    Currency currency = Money.CNY;
    if (form.currency() != null && !form.currency().isBlank()) {
      try {
        currency = Currency.getInstance(form.currency().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("currency", "invalid", null));
      }
    }
    Money price = null;
    if (form.amount() == null || form.amount().isBlank()) {
      errors.add(new FieldError("amount", "required", null));
    } else if (form.amount().length() > AMOUNT_MAX) {
      errors.add(new FieldError("amount", "too-long", null));
    } else {
      try {
        price = Money.parse(form.amount(), currency);
        if (price.isNegative()) {
          errors.add(new FieldError("amount", "invalid", null));
        }
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("amount", "invalid", null));
      }
    }
    Instant at = null;
    if (form.effectiveAt() == null || form.effectiveAt().isBlank()) {
      errors.add(new FieldError("effectiveAt", "required", null));
    } else {
      try {
        at = Instant.parse(form.effectiveAt().strip());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("effectiveAt", "invalid", null));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return new FeeSchedule.Version(price, at);
  }

  private static PaidService service(String service) {
    try {
      return PaidService.valueOf(
          service == null ? "" : service.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemKind.Common.NOT_FOUND);
    }
  }

  private static int noticeDays() {
    try {
      return Math.max(
          0, Integer.parseInt(Settings.get("op.billing.notice-days", "" + DEFAULT_NOTICE_DAYS)));
    } catch (NumberFormatException e) {
      return DEFAULT_NOTICE_DAYS;
    }
  }

  private static VersionView view(FeeVersion v) {
    FeeSchedule.Version version = v.version();
    return new VersionView(
        v.id(),
        version.price().major().toPlainString(),
        version.price().currency().getCurrencyCode(),
        version.effectiveAt(),
        v.publishedBy(),
        v.publishedAt());
  }

  /** The versions of the caller's tenant. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Versions extends BillingData {

    List<FeeVersion> of(PaidService service) {
      return em().createNamedQuery("FeeVersion.ofService", FeeVersion.class)
          .setParameter("service", service.name())
          .getResultList();
    }

    /**
     * §2.3: a service's schedule, read once: the price in force at an instant (empty while free)
     * and, §2.3.2, the next announced change.
     */
    public FeeSchedule schedule(PaidService service) {
      return new FeeSchedule(of(service).stream().map(FeeVersion::version).toList());
    }

    /** Demo data: 300.00 CNY for verification since 2020, when the tenant has no versions. */
    public void seedDemo() {
      if (of(PaidService.VERIFICATION).isEmpty()) {
        add(
            new FeeVersion(
                PaidService.VERIFICATION,
                new FeeSchedule.Version(
                    Money.parse("300.00", Money.CNY), Instant.parse("2020-01-01T00:00:00Z")),
                "demo-data",
                Now.instant()));
      }
    }

    void add(FeeVersion version) {
      em().persist(version);
      em().flush();
    }
  }
}
