package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.agreement.AgreementProblem;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.standing.GateCheck;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends a signed-in developer whose account has a closed gate to the page that opens it: link an
 * email (§2.1.1), accept the agreement in force (§8.1); an account that is no longer active is
 * signed out. Only for the pages — the operations behind them refuse on their own ({@code
 * DeveloperGate} on the EJBs), and a failed lookup fails the request instead of opening the gate.
 * Mapped in web.xml after the caller filter.
 */
public class AccountGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String LINK_EMAIL_PAGE = "/account/link-email.xhtml";
  static final String AGREEMENT_PAGE = "/account/agreement.xhtml";

  @EJB GateCheck gates;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean developer =
        TenantContext.current().map(c -> c.authenticated() && c.hasRole("developer")).orElse(false);
    if (!developer || path.startsWith("/jakarta.faces.resource/") || path.equals("/sign-out")) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> page = pageFor(gates.firstClosed(Gate.AGREEMENT_ACCEPTED), path);
    if (page.isEmpty()) {
      chain.doFilter(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + page.get());
    }
  }

  /** Where to send the developer, or empty when this page may be shown. */
  static Optional<String> pageFor(Optional<ProblemKind> closed, String path) {
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    ProblemKind gate = closed.get();
    if (gate.equals(AccountProblem.EMAIL_LINK_REQUIRED)) {
      return path.equals(LINK_EMAIL_PAGE) ? Optional.empty() : Optional.of(LINK_EMAIL_PAGE);
    }
    if (gate.equals(AgreementProblem.NOT_ACCEPTED)) {
      return path.equals(AGREEMENT_PAGE) ? Optional.empty() : Optional.of(AGREEMENT_PAGE);
    }
    return Optional.of("/sign-out");
  }
}
