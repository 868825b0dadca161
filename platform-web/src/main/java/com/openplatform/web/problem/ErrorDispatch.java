package com.openplatform.web.problem;

import com.openplatform.core.problem.PeerFailures;
import com.openplatform.core.problem.Problem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind.Common;
import com.openplatform.web.security.Discovery;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends every error of a web module (each {@code web.xml} maps its error codes
 * and {@code java.lang.Throwable} here): under {@code /api/} an RFC 9457 problem — 401 and 403 of
 * the container's own security included — elsewhere the shared error page. Nothing internal reaches
 * the client; a failure of the platform itself is logged whole under a correlation id that the
 * answer carries.
 */
@WebServlet(urlPatterns = ErrorDispatch.PATH)
public class ErrorDispatch extends HttpServlet {

  public static final String PATH = "/error-dispatch";
  public static final String STATUS = "op.error.status";
  public static final String CORRELATION_ID = "op.error.correlation-id";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorDispatch.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String correlationId = null;
    boolean identityProviderDown =
        Discovery.takeUnreachable().isPresent()
            && (status == 401 || status == 403 || status >= 500);
    Integer refused = refusal(failure);
    if (refused != null) {
      // a page whose EJB operation refused the caller (its role, a rule): that answer, not a
      // failure
      status = refused;
    } else if (identityProviderDown || (failure != null && PeerFailures.isPeerDown(failure))) {
      status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
      correlationId = Problem.newCorrelationId();
      LOG.log(
          Level.WARNING, "request " + uri + ": a peer is down [" + correlationId + "]", failure);
      response.setHeader("Retry-After", Long.toString(PeerFailures.RETRY_AFTER.toSeconds()));
    } else if (status >= 500) {
      correlationId = Problem.newCorrelationId();
      LOG.log(Level.SEVERE, "request " + uri + " failed [" + correlationId + "]", failure);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
      ServletProblems.write(
          request, response, new ProblemException(kindOf(status)), uri, correlationId);
      return;
    }
    request.setAttribute(STATUS, status);
    request.setAttribute(CORRELATION_ID, correlationId);
    response.setStatus(status);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  /**
   * The status of a refusal a page's operation met, however wrapped: an EJB's role check is 403, a
   * rule's {@link ProblemException} below 500 its own status; null for anything else.
   */
  static Integer refusal(Throwable failure) {
    if (deniedByRole(failure)) {
      return HttpServletResponse.SC_FORBIDDEN;
    }
    for (Throwable t = failure; t != null; t = PeerFailures.causeOf(t)) {
      if (t instanceof ProblemException p && p.kind().status() < 500) {
        return p.kind().status();
      }
    }
    return null;
  }

  /** Whether the failure is an EJB's role check (EJBAccessException), however wrapped. */
  static boolean deniedByRole(Throwable failure) {
    for (Throwable t = failure; t != null; t = PeerFailures.causeOf(t)) {
      if (t instanceof jakarta.ejb.EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  static Common kindOf(int status) {
    return switch (status) {
      case 400 -> Common.INVALID_INPUT;
      case 401 -> Common.UNAUTHENTICATED;
      case 403 -> Common.FORBIDDEN;
      case 404 -> Common.NOT_FOUND;
      case 405 -> Common.METHOD_NOT_ALLOWED;
      case 413 -> Common.PAYLOAD_TOO_LARGE;
      case 415 -> Common.UNSUPPORTED_MEDIA_TYPE;
      case 429 -> Common.TOO_MANY_REQUESTS;
      case 503 -> Common.UNAVAILABLE;
      default -> status < 500 ? Common.INVALID_INPUT : Common.INTERNAL;
    };
  }
}
