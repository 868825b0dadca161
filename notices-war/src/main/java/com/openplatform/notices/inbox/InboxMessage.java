package com.openplatform.notices.inbox;

import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.notices.notice.NoticeText;
import java.time.Instant;

/** A message in a developer's inbox or a prompt (§6.1), as its developer sees it. */
public record InboxMessage(
    String id,
    Channel channel,
    NoticeKind kind,
    NoticeText text,
    Instant sentAt,
    boolean read,
    boolean archived,
    boolean acknowledged) {}
