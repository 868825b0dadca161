package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.RegistrationRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The registration page (§2.1.1, §2.1.2): email and password; the account waits for the link mailed
 * to that address.
 */
@Named
@ViewScoped
public class Registration implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountRegistration registration;
  @EJB AccountConfirmation confirmation;

  private String email;
  private String password;
  private String registeredEmail;

  public void register() {
    try {
      registeredEmail = registration.register(new RegistrationRequest(email, password)).email();
      password = null;
    } catch (RuntimeException e) {
      ProblemException refusal = Pages.refusal(e);
      if (refusal == null) {
        throw e;
      }
      Pages.show(refusal, "register");
    }
  }

  /** Mails the link again. */
  public void resend() {
    confirmation.resend(registeredEmail);
    Pages.info(Pages.text("msg", "register.resent"));
  }

  public boolean isDone() {
    return registeredEmail != null;
  }

  public String getRegisteredEmail() {
    return registeredEmail;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
