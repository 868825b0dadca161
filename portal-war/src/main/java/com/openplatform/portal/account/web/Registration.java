package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The registration page (§2.1.1, §2.1.2): the email address only; the password is chosen on the
 * page the link mailed to that address opens, by whoever holds it.
 */
@Named
@ViewScoped
public class Registration implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountRegistration registration;
  @EJB AccountConfirmation confirmation;

  private String email;
  private String registeredEmail;

  public void register() {
    try {
      registeredEmail = registration.register(email).email();
    } catch (RuntimeException e) {
      Pages.show(e, "register");
    }
  }

  /** Mails the link again. */
  public void resend() {
    try {
      confirmation.resend(registeredEmail);
      Pages.info(Pages.text("msg", "register.resent"));
    } catch (RuntimeException e) {
      Pages.show(e, "again");
    }
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
}
