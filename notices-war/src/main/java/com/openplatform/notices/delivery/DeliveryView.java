package com.openplatform.notices.delivery;

import com.openplatform.core.notice.Channel;
import java.time.Instant;

/** §6.2: one delivery — to whom, on which channel, when it was sent, what failed and why. */
public record DeliveryView(
    String id,
    String noticeId,
    String developerId,
    Channel channel,
    String address,
    Delivery.State state,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    Instant sentAt,
    Instant createdAt) {

  public static DeliveryView of(Delivery d) {
    return new DeliveryView(
        d.id(),
        d.noticeId(),
        d.developerId(),
        d.channel(),
        d.address(),
        d.state(),
        d.attempts(),
        d.lastError(),
        d.nextAttemptAt(),
        d.sentAt(),
        d.createdAt());
  }
}
