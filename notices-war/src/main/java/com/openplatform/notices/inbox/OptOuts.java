package com.openplatform.notices.inbox;

import com.openplatform.core.notice.Channel;
import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** §6.3: developers' opt-outs of commercial messages, per channel. */
@ApplicationScoped
public class OptOuts extends NoticesData {

  public Preferences preferences(String developerId) {
    List<Channel> out = of(developerId).stream().map(OptOut::channel).toList();
    return new Preferences(
        !out.contains(Channel.EMAIL), !out.contains(Channel.SMS), !out.contains(Channel.INBOX));
  }

  public void set(String developerId, Preferences wanted) {
    set(developerId, Channel.EMAIL, wanted.commercialEmail());
    set(developerId, Channel.SMS, wanted.commercialSms());
    set(developerId, Channel.INBOX, wanted.commercialInbox());
  }

  /** Opts the developer out of (or back in to) commercial messages on the channel. */
  public void set(String developerId, Channel channel, boolean wanted) {
    List<OptOut> existing = of(developerId).stream().filter(o -> o.channel() == channel).toList();
    if (wanted) {
      existing.forEach(em()::remove);
    } else if (existing.isEmpty()) {
      em().persist(new OptOut(developerId, channel, Instant.now()));
    }
  }

  private List<OptOut> of(String developerId) {
    return em().createQuery("SELECT o FROM OptOut o WHERE o.developerId = :developer", OptOut.class)
        .setParameter("developer", developerId)
        .getResultList();
  }
}
