package com.openplatform.notices.delivery;

import com.openplatform.accounts.api.Developers.Recipient;
import com.openplatform.accounts.api.Developers.RecipientPage;
import com.openplatform.core.config.Settings;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fan-out of a notice (§6.1, to one developer, a segment or everyone), one batch per
 * transaction: under the notice's row lock, the next page of recipients after the notice's cursor
 * gets one delivery per channel, and the cursor moves past them in the same transaction. A crash
 * loses at most an uncommitted batch, which the next round writes again; the deliveries' unique key
 * (notice, developer, channel) makes a second one impossible even then.
 */
@Stateless
@PermitAll
public class FanOut {

  static final int BATCH = Integer.parseInt(Settings.get("op.notices.batch", "500"));

  @Inject NoticeRepository notices;
  @Inject DeliveryRepository deliveries;
  @Inject Recipients recipients;
  @Inject com.openplatform.notices.inbox.Phones phones;

  /**
   * Writes the next batch of the notice's deliveries.
   *
   * @return whether recipients remain
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean batch(String noticeId) {
    Instant now = Instant.now();
    Notice notice = notices.locked(noticeId).orElse(null);
    if (notice == null || !notice.due(now)) {
      return false;
    }
    RecipientPage page = recipients.page(notice.audience(), notice.cursor(), BATCH);
    List<Recipient> found = page.recipients();
    List<String> ids = found.stream().map(Recipient::id).toList();
    Set<Channel> channels = notice.channels();
    Map<Channel, Set<String>> optedOut = new EnumMap<>(Channel.class);
    for (Channel channel : channels) {
      optedOut.put(
          channel,
          notice.kind() == NoticeKind.COMMERCIAL ? deliveries.optedOut(ids, channel) : Set.of());
    }
    Map<String, String> phones =
        channels.contains(Channel.SMS) ? this.phones.confirmed(ids) : Map.of();
    for (Recipient r : found) {
      for (Channel channel : channels) {
        if (channel == Channel.ANNOUNCEMENT) {
          continue;
        }
        String address = address(r, channel);
        if (channel == Channel.SMS && address != null && !address.equals(phones.get(r.id()))) {
          // §6.1: only to a contact phone its developer confirmed
          deliveries.add(
              Delivery.skipped(notice.id(), r.id(), channel, "phone-not-confirmed", now));
          continue;
        }
        if (optedOut.get(channel).contains(r.id())) {
          deliveries.add(Delivery.skipped(notice.id(), r.id(), channel, "opted-out", now));
        } else if (channel.sentToPeer() && address == null) {
          deliveries.add(Delivery.skipped(notice.id(), r.id(), channel, "no-address", now));
        } else {
          deliveries.add(Delivery.of(notice.id(), r.id(), r.label(), channel, address, now));
        }
      }
    }
    notices.advanced(notice, page.next(), found.size(), now);
    return page.next() != null;
  }

  /** §6.2: where a delivery goes — the account's email, the materials' phone and address. */
  static String address(Recipient r, Channel channel) {
    return switch (channel) {
      case EMAIL -> blankToNull(r.email());
      case SMS -> blankToNull(r.contactPhone());
      case POST -> blankToNull(r.contactAddress());
      default -> null;
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
