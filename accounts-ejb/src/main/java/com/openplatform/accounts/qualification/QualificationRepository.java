package com.openplatform.accounts.qualification;

import com.openplatform.accounts.AccountsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Qualification materials of the caller's tenant. */
@ApplicationScoped
public class QualificationRepository extends AccountsData {

  public List<QualificationVersion> versions(String accountId) {
    return em().createNamedQuery("QualificationVersion.ofAccount", QualificationVersion.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<QualificationVersion> current(String accountId) {
    return em().createNamedQuery("QualificationVersion.ofAccount", QualificationVersion.class)
        .setParameter("account", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The current version of each of these accounts that has one (one query). */
  public java.util.Map<String, QualificationVersion> currentOf(java.util.Collection<String> ids) {
    java.util.Map<String, QualificationVersion> current = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return current;
    }
    em().createQuery(
            "SELECT v FROM QualificationVersion v WHERE v.accountId IN :ids",
            QualificationVersion.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(v -> current.merge(v.accountId(), v, (a, b) -> a.number() >= b.number() ? a : b));
    return current;
  }

  public void add(QualificationVersion version) {
    em().persist(version);
  }

  public void add(QualificationDocument document) {
    em().persist(document);
  }

  /** A document of this account, or empty (also for another account's or tenant's id). */
  public Optional<QualificationDocument> document(String accountId, String documentId) {
    return Optional.ofNullable(documentId)
        .map(id -> em().find(QualificationDocument.class, id))
        .filter(d -> d.accountId().equals(accountId));
  }
}
