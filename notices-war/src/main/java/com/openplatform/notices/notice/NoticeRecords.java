package com.openplatform.notices.notice;

import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Makes notices: one row, whatever the audience (§6.1; the fan-out finds the recipients later). A
 * request whose dedupe key the tenant has seen makes nothing new. Internal: reached by the queue's
 * listener and by the staff desk, which check their callers.
 */
@Stateless
@PermitAll
public class NoticeRecords {

  @Inject NoticeRepository notices;
  @Inject Templates templates;
  @Inject Event<NoticeCreated> created;

  /** Starts the tenant's round once the current transaction commits (a delivery sent again). */
  public void kickAfterCommit() {
    created.fire(new NoticeCreated(TenantContext.tenant().value(), null));
  }

  /** A module's request (from the queue), in the listener's transaction. */
  public Notice accept(NoticeRequest request, String requestedBy) {
    return create(
        request.topic(),
        request.kind(),
        request.audience(),
        request.channels(),
        templates.text(request.topic(), request.variables()),
        request.dedupeKey(),
        null,
        requestedBy);
  }

  /** A notice as it is (checked by the caller); the existing one for a dedupe key seen before. */
  public Notice create(
      String topic,
      NoticeKind kind,
      Audience audience,
      Set<Channel> channels,
      NoticeText text,
      String dedupeKey,
      Instant sendAt,
      String by) {
    Optional<Notice> seen = notices.byDedupeKey(dedupeKey);
    if (seen.isPresent()) {
      return seen.get();
    }
    Instant now = Instant.now();
    Notice notice =
        new Notice(
            topic,
            kind,
            audience,
            channels,
            text,
            dedupeKey,
            sendAt == null || sendAt.isBefore(now) ? now : sendAt,
            by,
            now);
    notices.add(notice);
    created.fire(new NoticeCreated(TenantContext.tenant().value(), notice.id()));
    return notice;
  }
}
