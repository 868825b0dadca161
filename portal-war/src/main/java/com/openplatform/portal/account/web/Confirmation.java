package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a mailed confirmation link opens (§2.1.1, §2.1.2): confirms, or says why not and offers
 * a new link.
 */
@Named
@ViewScoped
public class Confirmation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountConfirmation confirmation;

  private String token;
  private String confirmedEmail;
  private boolean failed;
  private String email;

  /** Runs once when the page opens with {@code ?token=…}. */
  public void confirm() {
    if (confirmedEmail != null || failed) {
      return;
    }
    try {
      confirmedEmail = confirmation.confirm(token).email();
    } catch (RuntimeException e) {
      ProblemException refusal = Pages.refusal(e);
      if (refusal == null) {
        throw e;
      }
      failed = true;
      Pages.show(refusal, "resend");
    }
  }

  public void resend() {
    confirmation.resend(email);
    Pages.info(Pages.text("msg", "register.resent"));
  }

  public boolean isConfirmed() {
    return confirmedEmail != null;
  }

  public String getConfirmedEmail() {
    return confirmedEmail;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
