package com.openplatform.notices.inbox;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeBadge;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.validation.RequestChecks;
import com.openplatform.notices.delivery.Delivery;
import com.openplatform.notices.delivery.DeliveryRepository;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.delivery.SmsChannel;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeProblem;
import com.openplatform.notices.notice.NoticeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A developer's own notices (§6.1, §6.2): the inbox of internal mail (read, unread, archive), the
 * prompts to acknowledge, what was sent to them on every channel and when, and their choice of
 * commercial messages per channel (§6.3). Nobody reaches another developer's messages: every
 * message is looked up among the caller's own.
 */
@Stateless
@LocalBean
@RolesAllowed("developer")
public class MyNotices implements NoticeBadge {

  @EJB Developers developers;
  @Inject DeliveryRepository deliveries;
  @Inject NoticeRepository notices;
  @Inject OptOuts optOuts;
  @Inject RequestChecks checks;
  @Inject Phones phones;
  @Inject SmsChannel sms;
  @EJB com.openplatform.accounts.api.TenantMail tenantMail;

  /** The header's counts: zeros for anyone who is not a signed-in developer with an account. */
  @Override
  @PermitAll
  public Counts counts() {
    if (!TenantContext.caller().hasRole("developer")) {
      return Counts.NONE;
    }
    try {
      String me = me();
      return new Counts(deliveries.unread(me), deliveries.openPrompts(me).size());
    } catch (ProblemException e) {
      return Counts.NONE;
    }
  }

  /** The inbox (not archived) or the archive, newest first. */
  public Page<InboxMessage> inbox(boolean archived, PageRequest page) {
    String me = me();
    return page.page(
        messages(deliveries.onChannel(me, Channel.INBOX, archived, page.first(), page.max())),
        deliveries.countOnChannel(me, Channel.INBOX, archived));
  }

  public InboxMessage message(String id) {
    return messages(List.of(mine(id))).get(0);
  }

  public InboxMessage markRead(String id, boolean read) {
    Delivery d = mine(id);
    d.read(read, Instant.now());
    return messages(List.of(d)).get(0);
  }

  public InboxMessage archive(String id, boolean archived) {
    Delivery d = mine(id);
    d.archive(archived, Instant.now());
    return messages(List.of(d)).get(0);
  }

  /** Prompts not acknowledged yet, oldest first: shown at sign-in until acknowledged (§6.1). */
  public List<InboxMessage> prompts() {
    return messages(deliveries.openPrompts(me()));
  }

  public InboxMessage acknowledge(String id) {
    Delivery d = mine(id);
    if (d.channel() != Channel.PROMPT) {
      throw new ProblemException(NoticeProblem.NOT_FOUND);
    }
    d.acknowledge(Instant.now());
    return messages(List.of(d)).get(0);
  }

  /** §6.2: every delivery made to the caller, on every channel, newest first. */
  public Page<DeliveryView> deliveries(PageRequest page) {
    String me = me();
    return page.page(
        deliveries.ofDeveloper(me, page.first(), page.max()).stream()
            .map(DeliveryView::of)
            .toList(),
        deliveries.countOfDeveloper(me));
  }

  public Preferences preferences() {
    return optOuts.preferences(me());
  }

  public Preferences setPreferences(Preferences wanted) {
    checks.valid(wanted);
    String me = me();
    optOuts.set(me, wanted);
    return optOuts.preferences(me);
  }

  /** §6.1: the phone SMS go to — the materials' contact phone — and whether it is confirmed. */
  public PhoneStatus phone() {
    String me = me();
    String contact = contactPhone(me);
    if (contact == null) {
      return new PhoneStatus(null, false, null);
    }
    return phones
        .of(me)
        .filter(p -> p.phone().equals(contact) && p.confirmedAt() != null)
        .map(p -> new PhoneStatus(contact, true, p.confirmedAt()))
        .orElse(new PhoneStatus(contact, false, null));
  }

  /**
   * §6.1: sends a code by SMS to the materials' contact phone (at most one a minute); 503 when the
   * SMSC does not take it (nothing is recorded then).
   */
  public PhoneStatus sendPhoneCode() {
    String me = me();
    String contact = contactPhone(me);
    if (contact == null) {
      throw new ProblemException(NoticeProblem.NO_PHONE);
    }
    if (!sms.available()) {
      throw new ProblemException(NoticeProblem.CHANNEL_UNAVAILABLE);
    }
    Instant now = Instant.now();
    ConfirmedPhone phone = phones.ofOrNew(me, contact);
    if (!phone.maySend(now)) {
      throw new ProblemException(
          com.openplatform.core.problem.ProblemKind.Common.TOO_MANY_REQUESTS);
    }
    String code = String.format("%06d", CODES.nextInt(1_000_000));
    phone.codeSent(contact, code, now);
    try (SmsChannel.Smsbox box = sms.open()) {
      box.send(
          contact,
          "【"
              + tenantMail.sender().name()
              + "】验证码 "
              + code
              + "，10 分钟内有效，用于接收平台短信通知。Your code: "
              + code
              + " (10 minutes).");
    } catch (java.io.IOException e) {
      ProblemException unavailable = com.openplatform.core.problem.PeerFailures.unavailable();
      unavailable.initCause(e);
      throw unavailable;
    }
    return phone();
  }

  /**
   * §6.1: confirms the phone with the code; a wrong code uses up one of its attempts (kept: the
   * answer says {@code confirmed: false} rather than refusing, which would roll the count back).
   */
  public PhoneStatus confirmPhone(PhoneCode code) {
    checks.valid(code);
    String me = me();
    ConfirmedPhone phone =
        phones.of(me).orElseThrow(() -> new ProblemException(NoticeProblem.PHONE_CODE));
    String contact = contactPhone(me);
    if (contact == null || !contact.equals(phone.phone())) {
      throw new ProblemException(NoticeProblem.PHONE_CODE);
    }
    phone.confirm(code.code(), Instant.now());
    return phone();
  }

  private String contactPhone(String developerId) {
    return developers
        .recipient(developerId)
        .map(Developers.Recipient::contactPhone)
        .filter(p -> !p.isBlank())
        .orElse(null);
  }

  private static final java.security.SecureRandom CODES = new java.security.SecureRandom();

  private String me() {
    return developers.signedIn(Gate.EMAIL_LINKED).id();
  }

  /** One of the caller's messages on a web channel; 404 for anyone else's. */
  private Delivery mine(String id) {
    String me = me();
    return deliveries
        .find(id)
        .filter(d -> d.developerId().equals(me))
        .filter(d -> d.channel() == Channel.INBOX || d.channel() == Channel.PROMPT)
        .filter(d -> d.state() == Delivery.State.SENT)
        .orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
  }

  private List<InboxMessage> messages(List<Delivery> list) {
    Map<String, Notice> byId = notices.byIds(list.stream().map(Delivery::noticeId).toList());
    String name =
        list.isEmpty()
            ? ""
            : developers
                .recipient(list.get(0).developerId())
                .map(Developers.Recipient::label)
                .orElse("");
    return list.stream()
        .map(
            d -> {
              Notice n = byId.get(d.noticeId());
              return new InboxMessage(
                  d.id(),
                  d.channel(),
                  n.kind(),
                  n.text().fill(Map.of("name", name)),
                  d.sentAt(),
                  d.readAt() != null,
                  d.archivedAt() != null,
                  d.acknowledgedAt() != null);
            })
        .toList();
  }
}
