package com.openplatform.notices.notice;

import com.openplatform.accounts.api.Developers;
import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.Segment;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.validation.RequestChecks;
import com.openplatform.notices.delivery.Delivery;
import com.openplatform.notices.delivery.DeliveryRepository;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.delivery.Recipients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff give developers notice (§6.1–§6.3): compose to one developer, a segment or everyone (made
 * at once whatever the audience; recipients are found in the background), see the audience's size
 * before sending, watch the progress, read every delivery per notice and per developer (§6.2), and
 * send dead letters again. Tenant administrators and trust &amp; safety staff.
 */
@Stateless
@RolesAllowed({"tenant-admin", "trust-safety"})
public class NoticeDesk {

  @Inject RequestChecks checks;
  @Inject NoticeRepository notices;
  @Inject DeliveryRepository deliveries;
  @Inject Recipients recipients;
  @Inject com.openplatform.notices.delivery.SmsChannel sms;
  @EJB NoticeRecords records;
  @EJB Developers developers;

  public NoticeView compose(ComposeRequest request) {
    checks.valid(request);
    Audience audience = audience(request.audience());
    NoticeText text =
        new NoticeText(
            request.subjectZh().strip(),
            request.subjectEn().strip(),
            request.textZh().strip(),
            request.textEn().strip());
    if (!text.wellFormed()) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("text", "invalid", null)));
    }
    if ((request.channels().contains(Channel.SMS) && !sms.available())
        || request.channels().contains(Channel.POST)) {
      throw new ProblemException(NoticeProblem.CHANNEL_UNAVAILABLE);
    }
    if (request.channels().contains(Channel.ANNOUNCEMENT) && audience.type() != Audience.Type.ALL) {
      throw new ProblemException(NoticeProblem.ANNOUNCEMENT_AUDIENCE);
    }
    if (request.sendAt() != null && request.sendAt().isBefore(Instant.now().minusSeconds(60))) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("sendAt", "in-past", null)));
    }
    String key =
        request.requestKey() == null || request.requestKey().isBlank()
            ? "staff:" + UUID.randomUUID()
            : "staff:" + TenantContext.caller().username() + ":" + request.requestKey().strip();
    Notice notice =
        records.create(
            "staff",
            request.kind(),
            audience,
            request.channels(),
            text,
            key,
            request.sendAt(),
            TenantContext.caller().username());
    return view(notice);
  }

  /** How many developers the audience reaches now (before sending). */
  public long audienceSize(ComposeRequest.AudienceForm form) {
    checks.valid(form);
    return recipients.count(audience(form));
  }

  public Page<NoticeView> list(PageRequest page) {
    return page.page(
        notices.page(page.first(), page.max()).stream().map(this::view).toList(), notices.count());
  }

  public NoticeView get(String id) {
    return view(notices.find(id).orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND)));
  }

  /** §6.2: the notice's deliveries, in one state or all. */
  public Page<DeliveryView> deliveries(String noticeId, Delivery.State state, PageRequest page) {
    NoticeView notice = get(noticeId);
    long total =
        state == null
            ? notice.deliveries().values().stream().mapToLong(Long::longValue).sum()
            : notice.deliveries().get(state);
    return page.page(
        deliveries.ofNotice(noticeId, state, page.first(), page.max()).stream()
            .map(DeliveryView::of)
            .toList(),
        total);
  }

  /** §6.2: everything sent to one developer. */
  public Page<DeliveryView> ofDeveloper(String developerId, PageRequest page) {
    if (developers.find(developerId).isEmpty()) {
      throw new ProblemException(NoticeProblem.NOT_FOUND);
    }
    return page.page(
        deliveries.ofDeveloper(developerId, page.first(), page.max()).stream()
            .map(DeliveryView::of)
            .toList(),
        deliveries.countOfDeveloper(developerId));
  }

  /** What failed for good, newest first. */
  public Page<DeliveryView> deadLetters(PageRequest page) {
    return page.page(
        deliveries.dead(page.first(), page.max()).stream().map(DeliveryView::of).toList(),
        deliveries.countDead());
  }

  /** Sends a dead letter again: pending now, with a fresh series of attempts. */
  public DeliveryView retry(String deliveryId) {
    Delivery d =
        deliveries
            .locked(deliveryId)
            .orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
    if (d.state() != Delivery.State.DEAD) {
      throw new ProblemException(NoticeProblem.NOT_DEAD);
    }
    d.revive(Instant.now());
    DeliveryView view = DeliveryView.of(d);
    records.kickAfterCommit();
    return view;
  }

  private NoticeView view(Notice n) {
    return NoticeView.of(n, deliveries.countsOf(n.id()));
  }

  private Audience audience(ComposeRequest.AudienceForm form) {
    return switch (Audience.Type.valueOf(form.type())) {
      case ALL -> Audience.all();
      case DEVELOPER -> {
        if (form.developerId() == null || developers.find(form.developerId()).isEmpty()) {
          throw new ProblemException(
              ProblemKind.Common.INVALID_INPUT,
              List.of(new FieldError("audience.developerId", "invalid", null)));
        }
        yield Audience.developer(form.developerId());
      }
      case SEGMENT ->
          Audience.segment(
              new Segment(
                  form.status(),
                  form.subjectType(),
                  form.verified(),
                  form.hasApprovedApps(),
                  form.category()));
    };
  }
}
