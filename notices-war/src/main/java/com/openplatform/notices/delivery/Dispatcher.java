package com.openplatform.notices.delivery;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.TenantMail;
import com.openplatform.core.config.Settings;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sends deliveries to their peers (§6.1 email and SMS; post has no sender yet), each in its own
 * transaction under its row lock: two senders never send one delivery, and a delivery is marked
 * sent in the transaction that sent it. What fails is tried again after the back-off ({@code
 * op.notices.retry-*}), then lands in the dead letters.
 */
@Stateless
@PermitAll
public class Dispatcher {

  static final Backoff BACKOFF =
      new Backoff(
          Duration.ofSeconds(Long.parseLong(Settings.get("op.notices.retry-first-seconds", "10"))),
          Duration.ofSeconds(
              Long.parseLong(Settings.get("op.notices.retry-ceiling-seconds", "600"))),
          Integer.parseInt(Settings.get("op.notices.retry-attempts", "12")));

  @Inject DeliveryRepository deliveries;
  @Inject NoticeRepository notices;
  @Inject MailChannel mail;
  @EJB TenantMail tenantMail;
  @EJB Developers developers;

  /** An SMS says both languages, the tenant's name first (the sender of Chinese SMS signs so). */
  private String smsText(com.openplatform.notices.notice.NoticeText text) {
    String signed = "【" + tenantMail.sender().name() + "】";
    String zh = text.subjectZh() + "\n" + text.textZh();
    String en = text.subjectEn() + "\n" + text.textEn();
    return signed + (zh.equals(en) ? zh : zh + "\n\n" + en);
  }

  /** Deliveries due now, at most {@code limit}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> due(int limit) {
    return deliveries.due(Instant.now(), limit);
  }

  /**
   * One attempt of one delivery, if it is still due (another sender may have sent it meanwhile).
   *
   * @return whether it was sent
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean attempt(String deliveryId, MailChannel.Outbox outbox, SmsChannel.Smsbox smsbox) {
    Instant now = Instant.now();
    Delivery d = deliveries.locked(deliveryId).orElse(null);
    if (d == null || !d.due(now)) {
      return false;
    }
    if (d.channel() != Channel.EMAIL && d.channel() != Channel.SMS) {
      d.failed("no sender for " + d.channel() + " yet", now, BACKOFF);
      return false;
    }
    Notice notice = notices.find(d.noticeId()).orElseThrow();
    String name = developers.recipient(d.developerId()).map(Developers.Recipient::label).orElse("");
    String site = TenantHosts.fromSettings().baseUrl(TenantContext.tenant());
    if (d.channel() == Channel.SMS) {
      try {
        smsbox.send(d.address(), smsText(notice.text().fill(Map.of("name", name))));
        d.sent(now);
        return true;
      } catch (java.io.IOException | RuntimeException e) {
        d.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now, BACKOFF);
        return false;
      }
    }
    try {
      outbox.send(
          new MailChannel.Mail(
              d.id(),
              d.address(),
              tenantMail.sender(),
              notice.text().fill(Map.of("name", name)),
              notice.kind() == NoticeKind.COMMERCIAL,
              site + "/notices/api/unsubscribe/" + d.id(),
              site + "/notices/inbox/"));
      d.sent(now);
      return true;
    } catch (MessagingException | RuntimeException e) {
      d.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now, BACKOFF);
      return false;
    }
  }
}
