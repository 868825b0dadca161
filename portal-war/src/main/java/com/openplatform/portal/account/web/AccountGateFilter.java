package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.MyAccount;
import com.openplatform.accounts.agreement.AgreementAcceptance;
import com.openplatform.accounts.agreement.AgreementProblem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.web.page.Pages;
import com.openplatform.web.problem.ServletProblems;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gates a signed-in developer passes before using the portal further, in order: an account
 * registered with a QQ number links an email (§2.1.1); the agreement version in force is accepted
 * (§8.1). Pages send them to the gate's page, the API answers 403 with the gate's problem. Mapped
 * in web.xml after the caller filter.
 */
public class AccountGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String LINK_EMAIL_PAGE = "/account/link-email.xhtml";
  static final String AGREEMENT_PAGE = "/account/agreement.xhtml";

  @EJB MyAccount myAccount;
  @EJB AgreementAcceptance acceptance;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean developer =
        TenantContext.current().map(c -> c.authenticated() && c.hasRole("developer")).orElse(false);
    if (!developer || alwaysOpen(path)) {
      chain.doFilter(request, response);
      return;
    }
    Gate gate = gate(path);
    if (gate == null) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      ServletProblems.write(request, response, new ProblemException(gate.problem));
    } else {
      response.sendRedirect(request.getContextPath() + gate.page);
    }
  }

  private enum Gate {
    EMAIL(AccountProblem.EMAIL_LINK_REQUIRED, LINK_EMAIL_PAGE),
    AGREEMENT(AgreementProblem.NOT_ACCEPTED, AGREEMENT_PAGE);

    final ProblemKind problem;
    final String page;

    Gate(ProblemKind problem, String page) {
      this.problem = problem;
      this.page = page;
    }
  }

  /** The first gate closed for this path, or null. */
  private Gate gate(String path) {
    try {
      AccountView me = myAccount.show();
      if (me.emailLinkRequired()) {
        return path.equals(LINK_EMAIL_PAGE) || path.equals("/api/accounts/me/email-link")
            ? null
            : Gate.EMAIL;
      }
      if (path.equals(AGREEMENT_PAGE) || path.startsWith("/api/agreement")) {
        return null;
      }
      return acceptance.acceptanceRequired(me.id()) ? Gate.AGREEMENT : null;
    } catch (RuntimeException e) {
      if (Pages.refusal(e) != null) {
        return null;
      }
      throw e;
    }
  }

  static boolean alwaysOpen(String path) {
    return path.startsWith("/api/registrations")
        || path.startsWith("/api/stolen-account-reports")
        || path.startsWith("/jakarta.faces.resource/")
        || path.equals("/sign-out");
  }
}
