package com.openplatform.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind.Common;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A body that is not JSON, has fields of the wrong type or fields the operation doesn't know: 400.
 */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  private static final com.openplatform.core.problem.ProblemKind MALFORMED_BODY =
      com.openplatform.core.problem.ProblemKind.of("malformed-body", 400);

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return ProblemResponses.of(
          new ProblemException(
              Common.INVALID_INPUT,
              List.of(new FieldError(unknown.getPropertyName(), "unknown", null))),
          headers,
          uri);
    }
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      if (field != null) {
        return ProblemResponses.of(
            new ProblemException(
                Common.INVALID_INPUT, List.of(new FieldError(field, "invalid", null))),
            headers,
            uri);
      }
    }
    return ProblemResponses.of(
        new ProblemException(MALFORMED_BODY, List.of(), e.getOriginalMessage()), headers, uri);
  }
}
