package com.openplatform.accounts.agreement;

import com.openplatform.accounts.AccountsData;
import com.openplatform.core.cache.Caches;
import com.openplatform.core.cache.TenantCache;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agreement versions and developers' decisions on them, of the caller's tenant. What the gate of
 * every developer operation asks (§8.1: is a version in force that this account has not accepted?)
 * is answered from memory, invalidated on every node when a version is published or a decision
 * recorded.
 */
@ApplicationScoped
public class AgreementRepository extends AccountsData {

  static final String VERSIONS = "agreement-versions";
  static final String ACCEPTED = "agreement-accepted";

  /** When a version takes effect (the version in force is the latest whose time has come). */
  record Effective(String versionId, Instant effectiveAt) {}

  @Inject Caches caches;

  private TenantCache<List<Effective>> versions() {
    return caches.cache(VERSIONS, Duration.ofMinutes(10), 1);
  }

  private TenantCache<Set<String>> accepted() {
    return caches.cache(ACCEPTED, Duration.ofMinutes(10), 50_000);
  }

  /** The fields staff may sort the versions by. */
  public static final Map<String, String> SORTABLE =
      Map.of("effectiveAt", "v.effectiveAt", "publishedAt", "v.publishedAt", "label", "v.label");

  public static final Sort NEWEST = new Sort("effectiveAt", false);

  public List<AgreementVersion> versions(int first, int max, Sort sort) {
    return em().createQuery(
            "SELECT v FROM AgreementVersion v" + sort.orderBy(SORTABLE, "v.id"),
            AgreementVersion.class)
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

  /** §8.1: whether a version is in force that the account has not accepted (from memory). */
  public boolean acceptanceRequired(String accountId, Instant now) {
    TenantId tenant = TenantContext.tenant();
    Optional<String> inForce =
        versions().get(tenant, "", this::effectiveVersions).stream()
            .filter(v -> !v.effectiveAt().isAfter(now))
            .map(Effective::versionId)
            .findFirst();
    return inForce
        .map(
            id ->
                !accepted().get(tenant, accountId, () -> acceptedVersions(accountId)).contains(id))
        .orElse(false);
  }

  /** Every version's effective time, the one in force first once its time has come. */
  private List<Effective> effectiveVersions() {
    return em()
        .createQuery(
            "SELECT v.id, v.effectiveAt FROM AgreementVersion v"
                + " ORDER BY v.effectiveAt DESC, v.publishedAt DESC",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Effective((String) r[0], (Instant) r[1]))
        .toList();
  }

  private Set<String> acceptedVersions(String accountId) {
    return Set.copyOf(
        em().createQuery(
                "SELECT d.versionId FROM AgreementDecision d"
                    + " WHERE d.accountId = :account AND d.accepted = TRUE",
                String.class)
            .setParameter("account", accountId)
            .getResultList());
  }

  public Optional<AgreementVersion> byLabel(String label) {
    return em().createNamedQuery("AgreementVersion.byLabel", AgreementVersion.class)
        .setParameter("label", label)
        .getResultStream()
        .findFirst();
  }

  public void add(AgreementVersion version) {
    em().persist(version);
    caches.invalidateAfterCommit(VERSIONS, null);
  }

  public void add(AgreementDecision decision) {
    em().persist(decision);
    caches.invalidateAfterCommit(ACCEPTED, decision.accountId());
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
