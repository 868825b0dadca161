package com.openplatform.accounts.account;

import com.openplatform.accounts.AccountsData;
import com.openplatform.core.cache.Caches;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Developer accounts of the caller's tenant; nothing here can see another tenant's rows. */
@ApplicationScoped
public class AccountRepository extends AccountsData {

  public Optional<DeveloperAccount> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(DeveloperAccount.class, i));
  }

  /**
   * §6.1: confirmed accounts (not pending) in id order after {@code afterId} ({@code ""} for the
   * start), at most {@code limit}, of this status when one is given.
   */
  public List<DeveloperAccount> after(String afterId, AccountStatus status, int limit) {
    jakarta.persistence.TypedQuery<DeveloperAccount> query =
        em().createQuery(
                "SELECT a FROM DeveloperAccount a WHERE a.id > :after AND a.status <> :pending"
                    + (status == null ? "" : " AND a.status = :status")
                    + " ORDER BY a.id",
                DeveloperAccount.class)
            .setParameter("after", afterId == null ? "" : afterId)
            .setParameter("pending", AccountStatus.PENDING)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  public Optional<DeveloperAccount> findByEmail(EmailAddress email) {
    return em().createNamedQuery("DeveloperAccount.byEmail", DeveloperAccount.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<DeveloperAccount> findByQqNumber(String qq) {
    return em().createNamedQuery("DeveloperAccount.byQqNumber", DeveloperAccount.class)
        .setParameter("qq", qq)
        .getResultStream()
        .findFirst();
  }

  /**
   * The account of the signed-in caller, found by the subject of their token: 401 when nobody is
   * signed in, 404 for a signed-in user without a developer account (staff).
   */
  public DeveloperAccount signedIn() {
    com.openplatform.core.tenancy.Caller caller =
        com.openplatform.core.tenancy.TenantContext.caller();
    if (!caller.authenticated()) {
      throw new com.openplatform.core.problem.ProblemException(
          com.openplatform.core.problem.ProblemKind.Common.UNAUTHENTICATED);
    }
    return findBySubject(caller.subject())
        .orElseThrow(
            () -> new com.openplatform.core.problem.ProblemException(AccountProblem.NO_ACCOUNT));
  }

  public Optional<DeveloperAccount> findBySubject(String subject) {
    return em().createNamedQuery("DeveloperAccount.bySubject", DeveloperAccount.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  /**
   * Accounts whose email or QQ number contains the fragment (case-insensitive; addresses are stored
   * lower-case), newest first; every account for an empty fragment.
   */
  public List<DeveloperAccount> search(String fragment, int first, int max) {
    return search(fragment, first, max, NEWEST);
  }

  /** The fields staff may sort the directory by. */
  public static final Map<String, String> SORTABLE =
      Map.of("email", "a.email", "createdAt", "a.createdAt", "status", "a.status");

  public static final Sort NEWEST = new Sort("createdAt", false);

  public List<DeveloperAccount> search(String fragment, int first, int max, Sort sort) {
    return em().createQuery(
            "SELECT a FROM DeveloperAccount a WHERE " + MATCHES + sort.orderBy(SORTABLE, "a.id"),
            DeveloperAccount.class)
        .setParameter("pattern", pattern(fragment))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String fragment) {
    return em().createQuery("SELECT COUNT(a) FROM DeveloperAccount a WHERE " + MATCHES, Long.class)
        .setParameter("pattern", pattern(fragment))
        .getSingleResult();
  }

  private static final String MATCHES =
      "(a.email LIKE :pattern ESCAPE '!' OR a.qqNumber LIKE :pattern ESCAPE '!')";

  private static String pattern(String fragment) {
    String escaped =
        fragment
            .toLowerCase(java.util.Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  public void add(DeveloperAccount account) {
    em().persist(account);
    em().flush();
  }

  /**
   * Records a change of an account's status (or email); the account's cached view is dropped on
   * every node when it commits.
   */
  public void record(AccountStatusChange change) {
    em().persist(change);
    find(change.accountId()).ifPresent(this::changed);
  }

  /** Drops the cached view of an account that changed, on every node, when the change commits. */
  public void changed(DeveloperAccount account) {
    if (account.identitySubject() != null) {
      caches.invalidateAfterCommit(BY_SUBJECT, account.identitySubject());
    }
  }

  /**
   * The view of the account that signs in as this subject, from memory — the hot path of every
   * signed-in request (the gates, "my account"); every change of the account drops it on every node
   * ({@link #record}, {@link #changed}).
   */
  public Optional<AccountView> viewBySubject(String subject) {
    return Optional.ofNullable(
        caches
            .<AccountView>cache(BY_SUBJECT, Duration.ofMinutes(5), 100_000)
            .get(
                TenantContext.tenant(),
                subject,
                () -> findBySubject(subject).map(AccountView::of).orElse(null)));
  }

  static final String BY_SUBJECT = "account-by-subject";

  @Inject Caches caches;

  public List<AccountStatusChange> history(String accountId) {
    return em().createNamedQuery("AccountStatusChange.ofAccount", AccountStatusChange.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public void add(EmailConfirmation confirmation) {
    em().persist(confirmation);
  }

  /** The account's links that could still be used. */
  public List<EmailConfirmation> openConfirmations(String accountId) {
    return em().createNamedQuery("EmailConfirmation.openOfAccount", EmailConfirmation.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<EmailConfirmation> confirmationByTokenHash(String hash) {
    return em().createNamedQuery("EmailConfirmation.byTokenHash", EmailConfirmation.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** Bulk status change; EclipseLink adds the tenant criterion to the statement. */
  public int setStatus(Collection<String> ids, AccountStatus status) {
    return em().createQuery("UPDATE DeveloperAccount a SET a.status = :status WHERE a.id IN :ids")
        .setParameter("status", status)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Bulk delete; EclipseLink adds the tenant criterion to the statement. */
  public int deleteAll(Collection<String> ids) {
    return em().createQuery("DELETE FROM DeveloperAccount a WHERE a.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
