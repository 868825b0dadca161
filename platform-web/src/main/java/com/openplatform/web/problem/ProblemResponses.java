package com.openplatform.web.problem;

import com.openplatform.core.problem.Problem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.problem.ProblemMessages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds the {@code application/problem+json} responses of the REST API. */
final class ProblemResponses {

  private ProblemResponses() {}

  static Response of(ProblemException e, HttpHeaders headers, UriInfo uri) {
    return of(e, headers, uri, correlate(e));
  }

  /**
   * For a refusal on the platform's side (5xx: a peer down), a correlation id under which the log
   * keeps the whole story; none for the caller's own mistakes.
   */
  static String correlate(ProblemException e) {
    if (e.kind().status() < 500) {
      return null;
    }
    String id = Problem.newCorrelationId();
    LOG.log(
        java.util.logging.Level.WARNING, "refused with " + e.kind().code() + " [" + id + "]", e);
    return id;
  }

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ProblemResponses.class.getName());

  static Response of(ProblemException e, HttpHeaders headers, UriInfo uri, String correlationId) {
    Problem problem = ProblemMessages.toProblem(e, locale(headers), instance(uri));
    if (correlationId != null) {
      problem = problem.withCorrelationId(correlationId);
    }
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (e.retryAfterSeconds() != null) {
      response.header("Retry-After", e.retryAfterSeconds());
    }
    return response.build();
  }

  static Response of(ProblemKind kind, HttpHeaders headers, UriInfo uri, Object... args) {
    return of(new ProblemException(kind, List.of(), args), headers, uri);
  }

  private static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Locale.ENGLISH;
    }
    List<Locale> accepted = headers.getAcceptableLanguages();
    for (Locale l : accepted) {
      if ("zh".equals(l.getLanguage())) {
        return Locale.CHINESE;
      }
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  private static String instance(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }
}
