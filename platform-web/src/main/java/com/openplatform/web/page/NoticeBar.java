package com.openplatform.web.page;

import com.openplatform.core.notice.NoticeBadge;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The header's notices for a signed-in developer (§6.1): unread internal mail beside the user's
 * name, and a banner on every page while prompts wait to be acknowledged. Asked of the notices
 * module through {@link NoticeBadge} (its JNDI name), once per request; nothing for staff or
 * signed-out visitors, and nothing (never an error page) while that module cannot answer.
 */
@Named
@RequestScoped
public class NoticeBar {

  private static final Logger LOG = Logger.getLogger(NoticeBar.class.getName());

  /** The notices module's answer, looked up once per web module (a local EJB proxy). */
  private static volatile NoticeBadge badge;

  private NoticeBadge.Counts counts;

  public NoticeBadge.Counts getCounts() {
    if (counts == null) {
      counts = NoticeBadge.Counts.NONE;
      if (isDeveloper()) {
        try {
          counts = badge().counts();
        } catch (NamingException | RuntimeException e) {
          LOG.log(Level.FINE, "notice counts not available", e);
        }
      }
    }
    return counts;
  }

  private static NoticeBadge badge() throws NamingException {
    NoticeBadge found = badge;
    if (found == null) {
      found = (NoticeBadge) new InitialContext().lookup(NoticeBadge.JNDI);
      badge = found;
    }
    return found;
  }

  public boolean isDeveloper() {
    return TenantContext.current()
        .map(c -> c.authenticated() && c.hasRole("developer"))
        .orElse(false);
  }
}
