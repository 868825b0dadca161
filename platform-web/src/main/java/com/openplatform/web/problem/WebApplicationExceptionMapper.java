package com.openplatform.web.problem;

import com.openplatform.core.problem.ProblemKind.Common;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, wrong media type …) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Common kind =
        switch (e.getResponse().getStatus()) {
          case 401 -> Common.UNAUTHENTICATED;
          case 403 -> Common.FORBIDDEN;
          case 404 -> Common.NOT_FOUND;
          case 405 -> Common.METHOD_NOT_ALLOWED;
          case 406, 415 -> Common.UNSUPPORTED_MEDIA_TYPE;
          case 413 -> Common.PAYLOAD_TOO_LARGE;
          case 409 -> Common.CONFLICT;
          default -> e.getResponse().getStatus() < 500 ? Common.INVALID_INPUT : Common.INTERNAL;
        };
    return ProblemResponses.of(kind, headers, uri);
  }
}
