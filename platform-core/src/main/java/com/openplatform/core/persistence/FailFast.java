package com.openplatform.core.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A query whose database connection failed is not retried: EclipseLink would retry three times,
 * five seconds apart, holding the request for 10–20 s; the platform answers 503 at once instead and
 * the next request finds the database again (the data source validates its connections). Named in
 * each module's persistence unit ({@code eclipselink.session.customizer}).
 */
public class FailFast implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
