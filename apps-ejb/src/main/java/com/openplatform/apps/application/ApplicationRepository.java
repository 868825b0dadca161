package com.openplatform.apps.application;

import com.openplatform.apps.AppsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Tenant-bound access to applications and their history. */
@ApplicationScoped
public class ApplicationRepository extends AppsData {

  public Optional<Application> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(Application.class, i));
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

  public List<Application> inState(ApplicationState state, int first, int max) {
    return em().createNamedQuery("Application.inState", Application.class)
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

  public ApplicationView view(Application a) {
    return ApplicationView.of(a, history(a.id()));
  }
}
