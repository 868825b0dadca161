package com.openplatform.portal.agreement.web;

import com.openplatform.accounts.agreement.AgreementAcceptance;
import com.openplatform.accounts.agreement.AgreementProblem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.web.problem.ServletProblems;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * §8.1: while the agreement version in force is not accepted, a signed-in developer reaches nothing of
 * the portal but the agreement itself — pages send them to it, the API answers 403 {@code
 * agreement-not-accepted}. Mapped in web.xml after the caller filter.
 */
public class AgreementGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String AGREEMENT_PAGE = "/account/agreement.xhtml";

  @EJB AgreementAcceptance acceptance;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean signedInDeveloper =
        TenantContext.current().map(c -> c.authenticated() && c.hasRole("developer")).orElse(false);
    if (!signedInDeveloper || isExempt(path) || !required()) {
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith("/api/")) {
      ServletProblems.write(request, response, new ProblemException(AgreementProblem.NOT_ACCEPTED));
    } else {
      response.sendRedirect(request.getContextPath() + AGREEMENT_PAGE);
    }
  }

  static boolean isExempt(String path) {
    return path.equals(AGREEMENT_PAGE)
        || path.startsWith("/api/agreement")
        || path.startsWith("/api/registrations")
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/sign-out");
  }

  private boolean required() {
    try {
      return acceptance.acceptanceRequired();
    } catch (RuntimeException e) {
      if (e instanceof ProblemException || e.getCause() instanceof ProblemException) {
        return false;
      }
      throw e;
    }
  }
}
