package com.openplatform.notices.delivery;

import com.openplatform.accounts.api.TenantMail;
import com.openplatform.core.config.Settings;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeRepository;
import com.openplatform.notices.notice.NoticeText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  static final int SEND_BATCH = Integer.parseInt(Settings.get("op.notices.send-batch", "10"));

  @Inject DeliveryRepository deliveries;
  @Inject NoticeRepository notices;
  @EJB TenantMail tenantMail;

  /** What a round's senders share: the tenant as sender, its site, each notice's text. */
  public static final class Round {
    private final TenantMail.Sender sender;
    private final String site;
    private final Map<String, Notice.Content> notices = new ConcurrentHashMap<>();

    Round(TenantMail.Sender sender, String site) {
      this.sender = sender;
      this.site = site;
    }
  }

  /** A round's shared reads, once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Round round() {
    return new Round(
        tenantMail.sender(), TenantHosts.fromSettings().baseUrl(TenantContext.tenant()));
  }

  /**
   * Sends the next due deliveries (at most {@code op.notices.send-batch}, default 10) in one
   * transaction under their row locks: each is marked sent, or failed with the back-off, in the
   * transaction that sent it. A server that dies before the commit sends those again after its
   * restart (each mail with its delivery's Message-ID, so receivers can tell): the window of a
   * possible repeat is one batch per sender, the price of not paying a commit per message.
   *
   * @return how many were due (0: none left)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sendNext(Round round, MailChannel.Outbox outbox, SmsChannel.Smsbox smsbox) {
    Instant now = Instant.now();
    List<Delivery> due = deliveries.nextDueLocked(now, SEND_BATCH);
    for (Delivery d : due) {
      send(round, d, outbox, smsbox, now);
    }
    return due.size();
  }

  private void send(
      Round round, Delivery d, MailChannel.Outbox outbox, SmsChannel.Smsbox smsbox, Instant now) {
    if (d.channel() != Channel.EMAIL && d.channel() != Channel.SMS) {
      d.failed("no sender for " + d.channel() + " yet", now, BACKOFF);
      return;
    }
    Notice.Content notice =
        round.notices.computeIfAbsent(d.noticeId(), id -> notices.find(id).orElseThrow().content());
    NoticeText text = notice.text().fill(Map.of("name", d.recipientName()));
    try {
      if (d.channel() == Channel.SMS) {
        smsbox.send(d.address(), smsText(round, text));
      } else {
        outbox.send(
            new MailChannel.Mail(
                d.id(),
                d.address(),
                round.sender,
                text,
                notice.kind() == NoticeKind.COMMERCIAL,
                round.site + "/notices/api/unsubscribe/" + d.id(),
                round.site + "/notices/inbox/"));
      }
      d.sent(now);
    } catch (MessagingException | IOException | RuntimeException e) {
      d.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now, BACKOFF);
    }
  }

  /** An SMS says both languages, the tenant's name first (the sender of Chinese SMS signs so). */
  private static String smsText(Round round, NoticeText text) {
    String signed = "【" + round.sender.name() + "】";
    String zh = text.subjectZh() + "\n" + text.textZh();
    String en = text.subjectEn() + "\n" + text.textEn();
    return signed + (zh.equals(en) ? zh : zh + "\n\n" + en);
  }
}
