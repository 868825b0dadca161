package com.openplatform.web.problem;

import com.openplatform.core.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals of the EJB operations, as RFC 9457 problem details. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    return ProblemResponses.of(e, headers, uri, ProblemResponses.correlate(e));
  }
}
