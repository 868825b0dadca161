package com.openplatform.web.problem;

import com.openplatform.core.problem.PeerFailures;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind.Common;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: an EJB operation's role check (EJBAccessException) is 403; a peer that is down or
 * too slow (database, Keycloak, mail) is a 503 problem with Retry-After; anything else a 500.
 * Either is logged whole under a correlation id that the problem carries, and reveals nothing
 * internal.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    Throwable cause = e instanceof EJBException ? PeerFailures.causeOf(e) : e;
    cause = cause == null ? e : cause;
    if (cause instanceof ProblemException problem) {
      return ProblemResponses.of(problem, headers, uri);
    }
    if (cause instanceof WebApplicationException web) {
      return new WebApplicationExceptionMapper().toResponse(web);
    }
    if (ErrorDispatch.deniedByRole(e)) {
      // an EJB operation's role check refused the caller: their role does not allow it
      LOG.log(Level.INFO, "refused by an EJB role check: {0}", cause.getMessage());
      return ProblemResponses.of(new ProblemException(Common.FORBIDDEN), headers, uri);
    }
    String correlationId = com.openplatform.core.problem.Problem.newCorrelationId();
    if (PeerFailures.isPeerDown(e)) {
      LOG.log(Level.WARNING, "a peer is down [" + correlationId + "]", e);
      return ProblemResponses.of(PeerFailures.unavailable(), headers, uri, correlationId);
    }
    LOG.log(Level.SEVERE, "unexpected failure [" + correlationId + "]", e);
    return ProblemResponses.of(new ProblemException(Common.INTERNAL), headers, uri, correlationId);
  }
}
