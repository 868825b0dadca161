package com.openplatform.core.problem;

import com.openplatform.core.identity.IdentityException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * Tells a failure of a peer — the database, Keycloak, the mail server, later payment providers and
 * the SMS gateway — from a failure of the platform: a peer that is down or too slow is a 503 with
 * {@code Retry-After} ("try again shortly"), not a 500.
 */
public final class PeerFailures {

  /** When to try again after a peer failed. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  /** Exceptions by name whose classes deployments may not see (JCA, EclipseLink internals). */
  private static final Set<String> BY_NAME =
      Set.of(
          "jakarta.resource.ResourceException",
          "jakarta.resource.spi.ResourceAllocationException",
          "org.jboss.jca.core.connectionmanager.pool.api.PoolException",
          "org.apache.http.conn.ConnectTimeoutException",
          "org.apache.http.conn.HttpHostConnectException",
          "jakarta.ws.rs.ProcessingException",
          "com.sun.mail.util.MailConnectException",
          "org.eclipse.angus.mail.util.MailConnectException");

  private PeerFailures() {}

  /**
   * Whether this failure, or one of its causes, is a peer that can't be reached or answered late.
   */
  public static boolean isPeerDown(Throwable failure) {
    for (Throwable t = failure; t != null; t = causeOf(t)) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof SQLTimeoutException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || (t instanceof IdentityException i && i.status() == 0)) {
        return true;
      }
      if (t instanceof ProblemException p) {
        return p.kind().status() == 503;
      }
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (BY_NAME.contains(c.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The next cause; an EJB exception names its cause apart ({@code getCause} may not). */
  public static Throwable causeOf(Throwable t) {
    Throwable next =
        t instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null
            ? ejb.getCausedByException()
            : t.getCause();
    return next == t ? null : next;
  }

  /** The refusal to answer for a peer that is down: 503, try again after {@link #RETRY_AFTER}. */
  public static ProblemException unavailable() {
    return new ProblemException(ProblemKind.Common.UNAVAILABLE).retryAfter(RETRY_AFTER);
  }
}
