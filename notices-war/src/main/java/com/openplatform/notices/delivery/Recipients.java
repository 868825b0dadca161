package com.openplatform.notices.delivery;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Developers.Recipient;
import com.openplatform.accounts.api.Developers.RecipientPage;
import com.openplatform.apps.api.Applications;
import com.openplatform.billing.api.Verifications;
import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Segment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Who a notice's audience is, a page at a time, asked of the modules that know (accounts for status
 * and subject, billing for verification, apps for approved applications) through their api facades
 * only.
 */
@ApplicationScoped
public class Recipients {

  @EJB Developers developers;
  @EJB Verifications verifications;
  @EJB Applications applications;

  /** The recipients after {@code after} (null: from the start), {@code limit} accounts scanned. */
  public RecipientPage page(Audience audience, String after, int limit) {
    if (audience.type() == Audience.Type.DEVELOPER) {
      return after != null
          ? new RecipientPage(List.of(), null)
          : new RecipientPage(developers.recipient(audience.developerId()).stream().toList(), null);
    }
    Segment segment = audience.segment();
    RecipientPage page = developers.recipients(segment, after, limit);
    if (!segment.needsOtherModules() || page.recipients().isEmpty()) {
      return page;
    }
    List<String> ids = page.recipients().stream().map(Recipient::id).toList();
    Set<String> verified = segment.verified() == null ? Set.of() : verifications.verifiedAmong(ids);
    Set<String> withApps =
        segment.hasApprovedApps() == null && segment.category() == null
            ? Set.of()
            : applications.withApprovedAppsAmong(ids, segment.category());
    List<Recipient> matching =
        page.recipients().stream()
            .filter(
                r -> segment.verified() == null || verified.contains(r.id()) == segment.verified())
            .filter(
                r ->
                    segment.hasApprovedApps() == null && segment.category() == null
                        || withApps.contains(r.id())
                            == (segment.hasApprovedApps() == null || segment.hasApprovedApps()))
            .toList();
    return new RecipientPage(matching, page.next());
  }

  /** How many developers the audience reaches now (the compose page's preview). */
  public long count(Audience audience) {
    long count = 0;
    String after = null;
    do {
      RecipientPage page = page(audience, after, 1000);
      count += page.recipients().size();
      after = page.next();
    } while (after != null);
    return count;
  }
}
