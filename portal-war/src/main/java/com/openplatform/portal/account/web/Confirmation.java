package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.accounts.account.ConfirmationView;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a mailed confirmation link opens (§2.1.1, §2.1.2). Opening it confirms nothing (mail
 * scanners fetch links); the address's owner confirms with the button — for a registration,
 * choosing the password there. A link that can't be used says why and offers a new one.
 */
@Named
@ViewScoped
public class Confirmation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountConfirmation confirmation;

  private String token;
  private ConfirmationView pending;
  private String confirmedEmail;
  private boolean failed;
  private String password;
  private String repeated;
  private String email;

  /** Runs when the page opens with {@code ?token=…}: looks the link up, uses nothing. */
  public void open() {
    if (pending != null || confirmedEmail != null || failed) {
      return;
    }
    try {
      pending = confirmation.preview(token);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  public void confirm() {
    if (pending != null
        && pending.purpose() == ConfirmationView.Purpose.ACTIVATE
        && (password == null || !password.equals(repeated))) {
      Pages.fieldError("confirm", "repeated", Pages.text("msg", "confirm.mismatch"));
      return;
    }
    try {
      confirmedEmail = confirmation.confirm(token, password).email();
      password = null;
      repeated = null;
    } catch (RuntimeException e) {
      ProblemException refusal = Pages.refusal(e);
      if (refusal != null && refusal.errors().isEmpty()) {
        fail(e);
      } else {
        Pages.show(e, "confirm");
      }
    }
  }

  /** The link can't be used: say why, and offer a new one. */
  private void fail(RuntimeException e) {
    Pages.show(e, "resend");
    failed = true;
    pending = null;
  }

  public void resend() {
    try {
      confirmation.resend(email);
      Pages.info(Pages.text("msg", "register.resent"));
    } catch (RuntimeException e) {
      Pages.show(e, "resend");
    }
  }

  public boolean isConfirmed() {
    return confirmedEmail != null;
  }

  public boolean isOpen() {
    return pending != null && confirmedEmail == null;
  }

  public boolean isActivation() {
    return pending != null && pending.purpose() == ConfirmationView.Purpose.ACTIVATE;
  }

  public boolean isFailed() {
    return failed;
  }

  public String getPendingEmail() {
    return pending == null ? null : pending.email();
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
