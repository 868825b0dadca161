package com.openplatform.accounts.standing;

import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.DeveloperAccount;
import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.DocumentView;
import com.openplatform.accounts.qualification.Materials;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationRepository;
import com.openplatform.accounts.qualification.QualificationVersion;
import com.openplatform.accounts.qualification.SubjectType;
import com.openplatform.accounts.qualification.Views;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.notice.Segment;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts module's answer to {@link Developers}: gates and identity of developers. */
@Stateless
@PermitAll
public class DevelopersFacade implements Developers {

  @Inject Standing standing;
  @Inject AccountRepository accounts;
  @Inject QualificationRepository qualifications;
  @Inject com.openplatform.accounts.tenant.TenantSettings tenantSettings;

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
  public RecipientPage recipients(Segment segment, String afterId, int limit) {
    Optional<AccountStatus> status = parse(AccountStatus.class, segment.status());
    Optional<SubjectType> subject = parse(SubjectType.class, segment.subjectType());
    if ((segment.status() != null && status.isEmpty())
        || (segment.subjectType() != null && subject.isEmpty())) {
      return new RecipientPage(List.of(), null);
    }
    List<DeveloperAccount> scanned = accounts.after(afterId, status.orElse(null), limit);
    Map<String, QualificationVersion> current =
        qualifications.currentOf(scanned.stream().map(DeveloperAccount::id).toList());
    List<Recipient> matching = new ArrayList<>();
    for (DeveloperAccount a : scanned) {
      Materials m = Optional.ofNullable(current.get(a.id())).map(v -> v.materials()).orElse(null);
      if (subject.isEmpty() || (m != null && m.subjectType() == subject.get())) {
        matching.add(recipient(a, m));
      }
    }
    String next = scanned.size() < limit ? null : scanned.get(scanned.size() - 1).id();
    return new RecipientPage(matching, next);
  }

  @Override
  public Optional<Recipient> recipient(String accountId) {
    return accounts
        .find(accountId)
        .filter(a -> a.status() != AccountStatus.PENDING)
        .map(
            a ->
                recipient(
                    a,
                    qualifications
                        .current(a.id())
                        .map(QualificationVersion::materials)
                        .orElse(null)));
  }

  private static Recipient recipient(DeveloperAccount a, Materials m) {
    AccountView view = AccountView.of(a);
    return new Recipient(
        a.id(),
        a.email(),
        ref(view).label(),
        a.status().name(),
        m == null ? null : m.subjectType().name(),
        m == null ? null : m.contactName(),
        m == null ? null : m.contactPhone(),
        m == null ? null : m.contactAddress());
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    try {
      return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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
  public boolean appsServe(String accountId) {
    boolean closes = tenantSettings.restrictionClosesApps(TenantContext.tenant());
    return accounts.find(accountId).map(a -> a.status().appsServe(closes)).orElse(false);
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
