package com.openplatform.accounts.standing;

import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.qualification.QualificationRepository;
import com.openplatform.accounts.qualification.QualificationVersion;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The accounts module's answer to {@link Developers}: gates and identity of developers. */
@Stateless
public class DevelopersFacade implements Developers {

  @Inject Standing standing;
  @Inject AccountRepository accounts;
  @Inject QualificationRepository qualifications;

  @Override
  public DeveloperRef signedIn(Gate gate) {
    standing.require(gate);
    return accounts
        .viewBySubject(TenantContext.caller().subject())
        .map(DevelopersFacade::ref)
        .orElseThrow(() -> new ProblemException(ProblemKind.Common.UNAUTHENTICATED));
  }

  @Override
  public Optional<DeveloperRef> find(String accountId) {
    return accounts.find(accountId).map(AccountView::of).map(DevelopersFacade::ref);
  }

  @Override
  public boolean materialsComplete(String accountId) {
    return qualifications.current(accountId).map(QualificationVersion::isComplete).orElse(false);
  }

  private static DeveloperRef ref(AccountView v) {
    return new DeveloperRef(v.id(), v.label(), v.status().name());
  }
}
