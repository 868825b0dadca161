package com.openplatform.portal.account.web;

import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.MyAccount;
import com.openplatform.web.page.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** "My account": the signed-in developer's own account. */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyAccount myAccount;

  private AccountView account;
  private String displayName;

  @PostConstruct
  void load() {
    account = myAccount.show();
    displayName = account.displayName();
  }

  public void saveDisplayName() {
    try {
      account = myAccount.rename(displayName);
      Pages.info(Pages.text("msg", "account.saved"));
    } catch (RuntimeException e) {
      Pages.show(e, "profile");
    }
  }

  public AccountView getAccount() {
    return account;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
