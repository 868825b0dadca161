package com.openplatform.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.core.problem.Problem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Problem details written by servlets and filters, which run outside JAX-RS's exception mappers.
 */
public final class ServletProblems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServletProblems() {}

  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemException e)
      throws IOException {
    write(request, response, e, request.getRequestURI(), null);
  }

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemException e,
      String instance,
      String correlationId)
      throws IOException {
    Locale locale =
        "zh".equals(request.getLocale().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    Problem problem = ProblemMessages.toProblem(e, locale, instance);
    if (correlationId != null) {
      problem = problem.withCorrelationId(correlationId);
    }
    response.setStatus(problem.status());
    if (e.retryAfterSeconds() != null) {
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), problem);
  }
}
