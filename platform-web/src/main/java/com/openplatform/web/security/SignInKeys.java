package com.openplatform.web.security;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Loads every known tenant's sign-in keys for this web module as soon as it starts, and again every
 * {@link #EVERY_SECONDS} seconds for tenants that came later or whose realm Keycloak could not
 * serve yet (issue 22: right after a start, a Keycloak that hung before the first signed-in request
 * made every signed-in request 503, though tokens can be verified from memory). On a server thread
 * of the container's scheduled executor, never a request's.
 */
@WebListener
public class SignInKeys implements ServletContextListener {

  static final long EVERY_SECONDS = 10;

  private static final Logger LOG = Logger.getLogger(SignInKeys.class.getName());

  private ScheduledFuture<?> loading;
  private int reported = -1;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String contextRoot = event.getServletContext().getContextPath();
    try {
      ManagedScheduledExecutorService executor =
          InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      loading =
          executor.scheduleWithFixedDelay(
              () -> load(contextRoot), 0, EVERY_SECONDS, TimeUnit.SECONDS);
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "sign-in keys of " + contextRoot + " load at first use only", e);
    }
  }

  private void load(String contextRoot) {
    try {
      int ready = TenantOidcResolver.warmAll(contextRoot);
      if (ready != reported) {
        reported = ready;
        LOG.info("sign-in keys of " + ready + " tenants loaded for " + contextRoot);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sign-in keys of " + contextRoot + ": " + e.getMessage());
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (loading != null) {
      loading.cancel(false);
    }
  }
}
