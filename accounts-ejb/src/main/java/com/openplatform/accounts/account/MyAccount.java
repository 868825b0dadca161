package com.openplatform.accounts.account;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The signed-in developer's own account, found by the subject of the caller's token. */
@Stateless
public class MyAccount {

  static final int DISPLAY_NAME_MAX = 100;

  @Inject AccountRepository accounts;

  public AccountView show() {
    return AccountView.of(mine());
  }

  /** Changes what a developer may change of their account; never the email (§2.1.1). */
  public AccountView rename(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.length() > DISPLAY_NAME_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("displayName", "too-long", null)));
    }
    DeveloperAccount account = mine();
    account.rename(name.isEmpty() ? null : name);
    return AccountView.of(account);
  }

  private DeveloperAccount mine() {
    Caller caller = TenantContext.caller();
    if (!caller.authenticated()) {
      throw new ProblemException(ProblemKind.Common.UNAUTHENTICATED);
    }
    return accounts
        .findBySubject(caller.subject())
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }
}
