package com.openplatform.accounts.agreement;

import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeRequests;
import com.openplatform.core.notice.NoticeTimes;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant administrator publishes versions of the developer service agreement with the time they
 * take effect (§8.1). From then, developers must accept the version in force before using the
 * portal further. Published versions are never changed.
 */
@Stateless
public class AgreementPublishing {

  public static final int LABEL_MAX = 32;
  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 200_000;

  @Inject AgreementRepository agreements;
  @Inject NoticeRequests notices;

  private final Clock clock = Clock.systemUTC();

  public AgreementView publish(String label, String title, String body, Instant effectiveAt) {
    Caller caller = Roles.requireAny(PlatformRole.TENANT_ADMIN);
    List<FieldError> errors = new ArrayList<>();
    check(errors, "label", label, LABEL_MAX);
    check(errors, "title", title, TITLE_MAX);
    check(errors, "body", body, BODY_MAX);
    Instant now = clock.instant();
    if (effectiveAt == null) {
      errors.add(new FieldError("effectiveAt", "required", null));
    } else if (effectiveAt.isBefore(now.minusSeconds(60))) {
      errors.add(new FieldError("effectiveAt", "in-past", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    if (agreements.byLabel(label.strip()).isPresent()) {
      throw new ProblemException(AgreementProblem.LABEL_TAKEN, label.strip());
    }
    AgreementVersion version =
        new AgreementVersion(
            label.strip(),
            title.strip(),
            body.strip(),
            effectiveAt.isBefore(now) ? now : effectiveAt,
            now,
            caller.username());
    agreements.add(version);
    announce(version);
    return AgreementView.of(version, false);
  }

  /**
   * §8.1, §6.1: every developer of the tenant is told of a new version — announcement, prompt at
   * sign-in, inbox and email — when it is published, i.e. before it takes effect; sent with the
   * publishing transaction.
   */
  private void announce(AgreementVersion version) {
    notices.send(
        new NoticeRequest(
            "agreement.published",
            NoticeKind.LEGAL,
            Audience.all(),
            Set.of(Channel.ANNOUNCEMENT, Channel.PROMPT, Channel.INBOX, Channel.EMAIL),
            Map.of(
                "label", version.label(),
                "title", version.title(),
                "effectiveAt", NoticeTimes.inTenantZone(version.effectiveAt()),
                "link",
                    TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
                        + "/portal/account/agreement.xhtml"),
            "agreement:" + version.id()));
  }

  /** The tenant's versions, newest first, a page at a time (staff). */
  public Page<AgreementView> versions(PageRequest page) {
    return versions(page, null);
  }

  /**
   * As {@link #versions(PageRequest)}, by {@code effectiveAt}, {@code publishedAt} or {@code
   * label}.
   */
  public Page<AgreementView> versions(PageRequest page, String sort) {
    Sort order = Sort.parse(sort, AgreementRepository.SORTABLE, AgreementRepository.NEWEST);
    Roles.requireAny(
        PlatformRole.REVIEWER,
        PlatformRole.TRUST_SAFETY,
        PlatformRole.FINANCE,
        PlatformRole.TENANT_ADMIN);
    return page.page(
        agreements.versions(page.first(), page.max(), order).stream()
            .map(v -> AgreementView.of(v, false))
            .toList(),
        agreements.countVersions());
  }

  private static void check(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "required", null));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "too-long", null));
    }
  }
}
