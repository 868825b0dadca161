package com.openplatform.accounts.account;

import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Staff's view of the developer accounts of their tenant. An id of another tenant answers as if it
 * did not exist.
 */
@Stateless
public class AccountDirectory {

  static final int PAGE_MAX = 200;

  @Inject AccountRepository accounts;

  public List<AccountView> list(int first, int max) {
    return search(null, first, max);
  }

  /** Accounts whose email contains {@code emailFragment}; all accounts when it is blank. */
  public List<AccountView> search(String emailFragment, int first, int max) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    int from = Math.max(0, first);
    int size = Math.min(Math.max(1, max), PAGE_MAX);
    List<DeveloperAccount> found =
        emailFragment == null || emailFragment.isBlank()
            ? accounts.list(from, size)
            : accounts.search(emailFragment.strip(), from, size);
    return found.stream().map(AccountView::of).toList();
  }

  public AccountView get(String id) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    return accounts
        .find(id)
        .map(AccountView::of)
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }

  /** The id of the account registered with this address, for reports anyone may file (§2.1.6). */
  public java.util.Optional<String> idOfEmail(EmailAddress email) {
    return accounts.findByEmail(email).map(DeveloperAccount::id);
  }
}
