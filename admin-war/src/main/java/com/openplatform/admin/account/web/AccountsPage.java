package com.openplatform.admin.account.web;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import com.openplatform.web.paging.ListParams;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The accounts list of the staff console: searchable by email or QQ number, sorted, paged. */
@Named
@RequestScoped
public class AccountsPage {

  /**
   * The console's first page is the developer directory; a reviewer of an entrusted organisation
   * (§2.4.2) may see none of it and lands on their orders instead.
   */
  public String landing() {
    HttpServletRequest request = Pages.request();
    boolean staff =
        request.isUserInRole("reviewer")
            || request.isUserInRole("trust-safety")
            || request.isUserInRole("finance")
            || request.isUserInRole("tenant-admin");
    return !staff && request.isUserInRole("org-reviewer")
        ? "orders.xhtml?faces-redirect=true"
        : null;
  }

  @EJB AccountDirectory directory;

  private final ListParams list = new ListParams();
  private Page<AccountView> accounts;

  public Page<AccountView> getAccounts() {
    if (accounts == null) {
      accounts =
          directory.search(
              list.getQuery(),
              new PageRequest(list.getFirst(), PageRequest.DEFAULT_MAX),
              list.getSort());
    }
    return accounts;
  }

  public ListParams getList() {
    return list;
  }
}
