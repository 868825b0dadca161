package com.openplatform.apps.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Set;

/** What other modules may ask about developers' applications (§2.5–§2.8). */
@Local
public interface Applications {

  /**
   * §6.1 (a notice's segment): those of these developer accounts of the caller's tenant that have
   * at least one approved application — of this category when one is given ({@code GAME}, …; an
   * unknown category matches nobody).
   */
  Set<String> withApprovedAppsAmong(Collection<String> accountIds, String category);
}
