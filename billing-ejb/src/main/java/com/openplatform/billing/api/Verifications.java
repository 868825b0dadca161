package com.openplatform.billing.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Set;

/** What other modules may ask about developers' verifications (§2.4). */
@Local
public interface Verifications {

  /**
   * §2.4, §6.1 (a notice's segment): those of these developer accounts of the caller's tenant that
   * hold a verification in force now (approved, not yet ended).
   */
  Set<String> verifiedAmong(Collection<String> accountIds);
}
