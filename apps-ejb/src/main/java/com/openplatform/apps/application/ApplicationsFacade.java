package com.openplatform.apps.application;

import com.openplatform.apps.AppsData;
import com.openplatform.apps.api.Applications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The apps module's answer to {@link Applications}. */
@Stateless
@PermitAll
public class ApplicationsFacade extends AppsData implements Applications {

  @Override
  public Set<String> withApprovedAppsAmong(Collection<String> accountIds, String category) {
    if (accountIds.isEmpty()) {
      return Set.of();
    }
    Category wanted = null;
    if (category != null) {
      wanted =
          Arrays.stream(Category.values())
              .filter(c -> c.name().equals(category))
              .findFirst()
              .orElse(null);
      if (wanted == null) {
        return Set.of();
      }
    }
    TypedQuery<String> query =
        em().createQuery(
                "SELECT DISTINCT a.developerId FROM Application a WHERE a.developerId IN :ids"
                    + " AND a.state = :approved"
                    + (wanted == null ? "" : " AND a.category = :category"),
                String.class)
            .setParameter("ids", accountIds)
            .setParameter("approved", ApplicationState.APPROVED);
    if (wanted != null) {
      query.setParameter("category", wanted);
    }
    return new HashSet<>(query.getResultList());
  }
}
