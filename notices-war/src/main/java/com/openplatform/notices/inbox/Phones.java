package com.openplatform.notices.inbox;

import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Developers' phones and their confirmation (§6.1). */
@ApplicationScoped
public class Phones extends NoticesData {

  public Optional<ConfirmedPhone> of(String developerId) {
    return em().createQuery(
            "SELECT p FROM ConfirmedPhone p WHERE p.developerId = :developer", ConfirmedPhone.class)
        .setParameter("developer", developerId)
        .getResultStream()
        .findFirst();
  }

  public ConfirmedPhone ofOrNew(String developerId, String phone) {
    return of(developerId)
        .orElseGet(
            () -> {
              ConfirmedPhone p = new ConfirmedPhone(developerId, phone);
              em().persist(p);
              return p;
            });
  }

  /** The confirmed phone of each of these developers that has one. */
  public Map<String, String> confirmed(Collection<String> developerIds) {
    Map<String, String> phones = new HashMap<>();
    if (!developerIds.isEmpty()) {
      em().createQuery(
              "SELECT p FROM ConfirmedPhone p WHERE p.developerId IN :ids"
                  + " AND p.confirmedAt IS NOT NULL",
              ConfirmedPhone.class)
          .setParameter("ids", developerIds)
          .getResultStream()
          .forEach(p -> phones.put(p.developerId(), p.phone()));
    }
    return phones;
  }
}
