package com.openplatform.notices.notice;

import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.notices.delivery.Delivery;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A notice as staff see it, with its progress: recipients found so far, and its deliveries by state
 * (§6.2).
 */
public record NoticeView(
    String id,
    String topic,
    NoticeKind kind,
    ComposeRequest.AudienceForm audience,
    Set<Channel> channels,
    NoticeText text,
    Notice.State state,
    Instant sendAt,
    Instant createdAt,
    String createdBy,
    Instant fannedOutAt,
    int recipients,
    Map<Delivery.State, Long> deliveries) {

  public static NoticeView of(Notice n, Map<Delivery.State, Long> deliveries) {
    return new NoticeView(
        n.id(),
        n.topic(),
        n.kind(),
        ComposeRequest.AudienceForm.of(n.audience()),
        n.channels(),
        n.text(),
        n.state(),
        n.sendAt(),
        n.createdAt(),
        n.createdBy(),
        n.fannedOutAt(),
        n.recipients(),
        deliveries);
  }
}
