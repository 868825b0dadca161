package com.openplatform.admin.account.web;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The accounts list of the staff console: searchable by email or QQ number, paged. */
@Named
@RequestScoped
public class AccountsPage {

  @EJB AccountDirectory directory;

  private Page<AccountView> accounts;
  private String query;
  private int first;

  public Page<AccountView> getAccounts() {
    if (accounts == null) {
      accounts = directory.search(query, new PageRequest(first, PageRequest.DEFAULT_MAX));
    }
    return accounts;
  }

  /** The search, for the pager's links. */
  public String getPagerQuery() {
    return query == null || query.isBlank()
        ? ""
        : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = first;
  }
}
