package com.openplatform.admin.account.web;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The accounts list of the staff console, searchable by email. */
@Named
@RequestScoped
public class AccountsPage {

  @EJB AccountDirectory directory;

  private List<AccountView> accounts;
  private String email;

  public List<AccountView> getAccounts() {
    if (accounts == null) {
      accounts = directory.search(email, 0, 100);
    }
    return accounts;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
