package com.openplatform.accounts.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What other modules may ask the accounts module about developers (STYLE.md, "Between modules"):
 * they call this, never its entities or tables.
 */
@Local
public interface Developers {

  /**
   * The signed-in developer, once their account passes {@code gate} (403 problem details otherwise;
   * 401 without a signed-in developer).
   */
  DeveloperRef signedIn(Gate gate);

  /** A developer of the caller's tenant, for staff screens; empty when no such account exists. */
  Optional<DeveloperRef> find(String accountId);

  /**
   * §2.2, §2.4: whether the developer's current qualification materials are complete — subject and
   * contact details given and checked, and at least one qualification document.
   */
  boolean materialsComplete(String accountId);

  /** A developer as other modules see one: the account id, and how people name it. */
  record DeveloperRef(String id, String label, String status) {}
}
