package com.openplatform.accounts.account;

import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Staff's view of the developer accounts of their tenant, a page at a time. An id of another tenant
 * answers as if it did not exist.
 */
@Stateless
public class AccountDirectory {

  @Inject AccountRepository accounts;

  /**
   * Accounts whose email or QQ number contains {@code fragment}, newest first; all accounts when it
   * is blank.
   */
  public Page<AccountView> search(String fragment, PageRequest page) {
    return search(fragment, page, null);
  }

  /**
   * As {@link #search(String, PageRequest)}, ordered by {@code sort}: {@code email}, {@code
   * createdAt} or {@code status}, {@code -} before it for descending (default: newest first).
   */
  public Page<AccountView> search(String fragment, PageRequest page, String sort) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    Sort order = Sort.parse(sort, AccountRepository.SORTABLE, AccountRepository.NEWEST);
    String term = fragment == null ? "" : fragment.strip();
    return page.page(
        accounts.search(term, page.first(), page.max(), order).stream()
            .map(AccountView::of)
            .toList(),
        accounts.count(term));
  }

  public AccountView get(String id) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    return accounts
        .find(id)
        .map(AccountView::of)
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }

  /** The id of the account registered with this address, for reports anyone may file (§2.1.6). */
  public Optional<String> idOfEmail(EmailAddress email) {
    return accounts.findByEmail(email).map(DeveloperAccount::id);
  }
}
