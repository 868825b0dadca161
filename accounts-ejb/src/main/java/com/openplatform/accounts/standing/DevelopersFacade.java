package com.openplatform.accounts.standing;

import com.openplatform.accounts.account.AccountMail;
import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.DocumentView;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationRepository;
import com.openplatform.accounts.qualification.QualificationVersion;
import com.openplatform.accounts.qualification.Views;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The accounts module's answer to {@link Developers}: gates and identity of developers. */
@Stateless
@PermitAll
public class DevelopersFacade implements Developers {

  @Inject Standing standing;
  @Inject AccountRepository accounts;
  @Inject QualificationRepository qualifications;
  @Inject AccountMail mail;

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

  @Override
  public Optional<MaterialsView> materialsForReview(String accountId) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TENANT_ADMIN, PlatformRole.ORG_REVIEWER);
    return accounts
        .find(accountId)
        .flatMap(a -> qualifications.current(a.id()).map(v -> Views.of(qualifications, a.id(), v)));
  }

  @Override
  public Optional<DocumentContent> documentForReview(String accountId, String documentId) {
    Roles.requireAny(PlatformRole.REVIEWER, PlatformRole.TENANT_ADMIN, PlatformRole.ORG_REVIEWER);
    return accounts
        .find(accountId)
        .flatMap(a -> qualifications.document(a.id(), documentId))
        .map(d -> new DocumentContent(DocumentView.of(d), d.content()));
  }

  @Override
  public boolean mail(String accountId, String subject, String text) {
    Optional<String> address =
        accounts.find(accountId).map(a -> a.email()).filter(e -> e != null && !e.isBlank());
    address.ifPresent(to -> mail.send(to, subject, text));
    return address.isPresent();
  }

  @Override
  public boolean appsServe(String accountId) {
    return accounts.find(accountId).map(a -> a.status().appsServe()).orElse(false);
  }

  @Override
  public void refuseOwnCase(String accountId) {
    String subject = TenantContext.caller().subject();
    if (subject != null
        && accounts.find(accountId).map(a -> subject.equals(a.identitySubject())).orElse(false)) {
      throw new ProblemException(AccountProblem.OWN_CASE);
    }
  }

  private static DeveloperRef ref(AccountView v) {
    return new DeveloperRef(v.id(), v.label(), v.status().name());
  }
}
