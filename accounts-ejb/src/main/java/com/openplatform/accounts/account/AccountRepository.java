package com.openplatform.accounts.account;

import com.openplatform.accounts.AccountsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Developer accounts of the caller's tenant; nothing here can see another tenant's rows. */
@ApplicationScoped
public class AccountRepository extends AccountsData {

  public Optional<DeveloperAccount> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(DeveloperAccount.class, i));
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

  public Optional<DeveloperAccount> findBySubject(String subject) {
    return em().createNamedQuery("DeveloperAccount.bySubject", DeveloperAccount.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public List<DeveloperAccount> list(int first, int max) {
    return em().createNamedQuery("DeveloperAccount.all", DeveloperAccount.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Accounts whose email contains the fragment (case-insensitive; addresses are stored lower-case).
   */
  public List<DeveloperAccount> search(String fragment, int first, int max) {
    String escaped =
        fragment
            .toLowerCase(java.util.Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return em().createQuery(
            "SELECT a FROM DeveloperAccount a WHERE a.email LIKE :pattern ESCAPE '!' ORDER BY a.createdAt DESC",
            DeveloperAccount.class)
        .setParameter("pattern", "%" + escaped + "%")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public void add(DeveloperAccount account) {
    em().persist(account);
    em().flush();
  }

  public void record(AccountStatusChange change) {
    em().persist(change);
  }

  public List<AccountStatusChange> history(String accountId) {
    return em().createNamedQuery("AccountStatusChange.ofAccount", AccountStatusChange.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public void add(EmailConfirmation confirmation) {
    em().persist(confirmation);
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
