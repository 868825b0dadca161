package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.MyAccount;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** §2.1.1: the page where an account registered with a QQ number links its email. */
@Named
@ViewScoped
public class LinkEmailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyAccount myAccount;

  private String email;
  private String sentTo;

  public void send() {
    try {
      myAccount.linkEmail(email);
      sentTo = email;
    } catch (RuntimeException e) {
      Pages.show(e, "link");
    }
  }

  public String getQqNumber() {
    return myAccount.signedIn().qqNumber();
  }

  public String getSentTo() {
    return sentTo;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
