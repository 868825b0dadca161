package com.openplatform.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.core.problem.Problem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** Problem details written by servlet filters, which run outside JAX-RS's exception mappers. */
public final class ServletProblems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServletProblems() {}

  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemException e)
      throws IOException {
    Locale locale =
        "zh".equals(request.getLocale().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    Problem problem = ProblemMessages.toProblem(e, locale, request.getRequestURI());
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), problem);
  }
}
