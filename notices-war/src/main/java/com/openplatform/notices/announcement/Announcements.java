package com.openplatform.notices.announcement;

import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.notices.delivery.DeliveryRepository;
import com.openplatform.notices.inbox.OptOuts;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeProblem;
import com.openplatform.notices.notice.NoticeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/**
 * What anyone may read or do on the tenant's notices site without signing in: the web announcements
 * (§6.1), newest first, and the one-click unsubscribe of a commercial mail (§6.3, RFC 8058), whose
 * link carries the delivery's unguessable id.
 */
@Stateless
@PermitAll
public class Announcements {

  @Inject NoticeRepository notices;
  @Inject DeliveryRepository deliveries;
  @Inject OptOuts optOuts;

  public Page<Announcement> list(PageRequest page) {
    Instant now = Instant.now();
    return page.page(
        notices.announcements(now, page.first(), page.max()).stream()
            .map(Announcements::of)
            .toList(),
        notices.countAnnouncements(now));
  }

  /**
   * §6.3: the developer a commercial mail went to no longer receives commercial mail. Legal notices
   * are not affected; a link of a legal notice or an unknown link is refused (404).
   */
  public void unsubscribe(String deliveryId) {
    var delivery =
        deliveries
            .find(deliveryId)
            .filter(d -> d.channel() == Channel.EMAIL)
            .filter(
                d ->
                    notices
                        .find(d.noticeId())
                        .map(n -> n.kind() == NoticeKind.COMMERCIAL)
                        .orElse(false))
            .orElseThrow(() -> new ProblemException(NoticeProblem.UNSUBSCRIBE_UNKNOWN));
    optOuts.set(delivery.developerId(), Channel.EMAIL, false);
  }

  private static Announcement of(Notice n) {
    // a public announcement has no one recipient: {name} greets every developer
    return new Announcement(
        n.id(), n.text().fill(Map.of("name", "各位开发者"), Map.of("name", "developers")), n.sendAt());
  }
}
