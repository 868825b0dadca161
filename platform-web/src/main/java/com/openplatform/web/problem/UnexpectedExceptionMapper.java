package com.openplatform.web.problem;

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

/** Anything else: logged, and answered as a 500 problem that reveals nothing internal. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof ProblemException problem) {
      return ProblemResponses.of(problem, headers, uri);
    }
    if (cause instanceof WebApplicationException web) {
      return new WebApplicationExceptionMapper().toResponse(web);
    }
    String correlationId = com.openplatform.core.problem.Problem.newCorrelationId();
    LOG.log(Level.SEVERE, "unexpected failure [" + correlationId + "]", e);
    return ProblemResponses.of(new ProblemException(Common.INTERNAL), headers, uri, correlationId);
  }
}
