package com.openplatform.apps.application;

import com.openplatform.apps.AppsData;
import com.openplatform.core.paging.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tenant-bound access to applications and their history. */
@ApplicationScoped
public class ApplicationRepository extends AppsData {

  public Optional<Application> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(Application.class, i));
  }

  /** The application with its row locked (PESSIMISTIC_WRITE) until the transaction ends. */
  public Optional<Application> findLocked(String id) {
    return Optional.ofNullable(id)
        .map(
            i ->
                em().find(
                        Application.class, i, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  /** Every application that has an AppID (so a client in the tenant's realm). */
  public List<Application> withAppId() {
    return em().createQuery(
            "SELECT a FROM Application a WHERE a.appId IS NOT NULL", Application.class)
        .getResultList();
  }

  /** The developer's applications that have an AppID (so a client in the tenant's realm). */
  public List<Application> withAppIdOf(String developerId) {
    return em().createQuery(
            "SELECT a FROM Application a WHERE a.appId IS NOT NULL AND a.developerId = :developer",
            Application.class)
        .setParameter("developer", developerId)
        .getResultList();
  }

  public Optional<Application> byAppId(String appId) {
    return em().createNamedQuery("Application.byAppId", Application.class)
        .setParameter("appId", appId)
        .getResultStream()
        .findFirst();
  }

  public List<Application> ofDeveloper(String developerId, int first, int max) {
    return em().createNamedQuery("Application.ofDeveloper", Application.class)
        .setParameter("developer", developerId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOfDeveloper(String developerId) {
    return em().createNamedQuery("Application.countOfDeveloper", Long.class)
        .setParameter("developer", developerId)
        .getSingleResult();
  }

  /** Every application of the developer, offline ones included. */
  public long countAllOfDeveloper(String developerId) {
    return em().createNamedQuery("Application.countAllOfDeveloper", Long.class)
        .setParameter("developer", developerId)
        .getSingleResult();
  }

  /** The fields staff may sort the review queue by. */
  public static final Map<String, String> SORTABLE =
      Map.of("createdAt", "a.createdAt", "updatedAt", "a.updatedAt", "name", "a.name");

  /** The queue's default: who waited longest first. */
  public static final Sort OLDEST = new Sort("createdAt", true);

  public List<Application> inState(ApplicationState state, int first, int max, Sort sort) {
    return em().createQuery(
            "SELECT a FROM Application a WHERE a.state = :state" + sort.orderBy(SORTABLE, "a.id"),
            Application.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countInState(ApplicationState state) {
    return em().createNamedQuery("Application.countInState", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  /** Another live application of the tenant with this normalised name, if any. */
  public Optional<Application> byNameKey(String key) {
    return em().createNamedQuery("Application.byNameKey", Application.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public void add(Application application) {
    em().persist(application);
  }

  public void record(ApplicationEvent event) {
    em().persist(event);
  }

  public List<ApplicationEvent> history(String applicationId) {
    return em().createNamedQuery("ApplicationEvent.of", ApplicationEvent.class)
        .setParameter("app", applicationId)
        .getResultList();
  }

  /** Writes pending changes now, so a unique-key conflict surfaces inside the operation. */
  public void flush() {
    em().flush();
  }

  public void add(ApplicationDocument document) {
    em().persist(document);
  }

  /**
   * The application's documents without their content (the bytes are read only for a download: with
   * weaving off, a lazy byte[] would otherwise be loaded with every view).
   */
  public List<ApplicationView.AppDocumentView> documents(String applicationId) {
    return em()
        .createNamedQuery("ApplicationDocument.of", Object[].class)
        .setParameter("app", applicationId)
        .getResultList()
        .stream()
        .map(
            r ->
                new ApplicationView.AppDocumentView(
                    (String) r[0],
                    (DocumentKind) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue(),
                    (String) r[5],
                    (java.time.Instant) r[6]))
        .toList();
  }

  /** A document of that application (its id alone finds nothing of another application). */
  public Optional<ApplicationDocument> document(String applicationId, String documentId) {
    return Optional.ofNullable(documentId)
        .map(i -> em().find(ApplicationDocument.class, i))
        .filter(d -> d.applicationId().equals(applicationId));
  }

  public ApplicationView view(Application a) {
    return ApplicationView.of(a, history(a.id()), documents(a.id()));
  }

  /**
   * The view its developer sees: steps they took name them, steps the operator's staff took name
   * the operator (issue 22: developers saw reviewers' email addresses).
   */
  public ApplicationView developerView(Application a, String developerLabel) {
    String operator = com.openplatform.core.tenancy.TenantContext.tenant().displayName();
    return ApplicationView.of(
        a,
        history(a.id()),
        documents(a.id()),
        e -> e.actor().equals(developerLabel) ? developerLabel : operator);
  }
}
