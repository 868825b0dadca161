package com.openplatform.admin.account.web;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The accounts list of the staff console. */
@Named
@RequestScoped
public class AccountsPage {

  @EJB AccountDirectory directory;

  private List<AccountView> accounts;

  public List<AccountView> getAccounts() {
    if (accounts == null) {
      accounts = directory.list(0, 100);
    }
    return accounts;
  }
}
