package com.openplatform.notices.notice;

import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The caller's tenant's own wordings of topics. */
@ApplicationScoped
public class TemplateOverrides extends NoticesData {

  public Optional<TenantTemplate> of(String topic) {
    return em().createQuery(
            "SELECT t FROM TenantTemplate t WHERE t.topic = :topic", TenantTemplate.class)
        .setParameter("topic", topic)
        .getResultStream()
        .findFirst();
  }

  List<TenantTemplate> all() {
    return em().createQuery("SELECT t FROM TenantTemplate t", TenantTemplate.class).getResultList();
  }

  TenantTemplate ofOrNew(String topic) {
    return of(topic)
        .orElseGet(
            () -> {
              TenantTemplate t = new TenantTemplate(topic);
              em().persist(t);
              return t;
            });
  }

  void remove(TenantTemplate t) {
    em().remove(t);
  }
}
