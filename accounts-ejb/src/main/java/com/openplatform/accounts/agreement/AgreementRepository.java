package com.openplatform.accounts.agreement;

import com.openplatform.accounts.AccountsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agreement versions and developers' decisions on them, of the caller's tenant. */
@ApplicationScoped
public class AgreementRepository extends AccountsData {

  public List<AgreementVersion> versions(int first, int max) {
    return em().createNamedQuery("AgreementVersion.all", AgreementVersion.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countVersions() {
    return em().createQuery("SELECT COUNT(v) FROM AgreementVersion v", Long.class)
        .getSingleResult();
  }

  public Optional<AgreementVersion> inForce(Instant now) {
    return em().createNamedQuery("AgreementVersion.inForce", AgreementVersion.class)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** §8.1: whether a version is in force that the account has not accepted. */
  public boolean acceptanceRequired(String accountId, Instant now) {
    return inForce(now)
        .map(v -> decision(accountId, v.id()).filter(AgreementDecision::accepted).isEmpty())
        .orElse(false);
  }

  public Optional<AgreementVersion> byLabel(String label) {
    return em().createNamedQuery("AgreementVersion.byLabel", AgreementVersion.class)
        .setParameter("label", label)
        .getResultStream()
        .findFirst();
  }

  public void add(AgreementVersion version) {
    em().persist(version);
  }

  public void add(AgreementDecision decision) {
    em().persist(decision);
  }

  public Optional<AgreementDecision> decision(String accountId, String versionId) {
    return em().createNamedQuery("AgreementDecision.ofAccountAndVersion", AgreementDecision.class)
        .setParameter("account", accountId)
        .setParameter("version", versionId)
        .getResultStream()
        .findFirst();
  }

  public List<AgreementDecision> decisions(String accountId) {
    return em().createNamedQuery("AgreementDecision.ofAccount", AgreementDecision.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
