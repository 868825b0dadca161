package com.openplatform.billing.verification;

import com.openplatform.billing.BillingData;
import com.openplatform.billing.api.Verifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The billing module's answer to {@link Verifications}. */
@Stateless
@PermitAll
public class VerificationsFacade extends BillingData implements Verifications {

  @Override
  public Set<String> verifiedAmong(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em().createQuery(
                "SELECT DISTINCT o.accountId FROM VerificationOrder o WHERE o.accountId IN :ids"
                    + " AND o.state = :approved AND o.validUntil > :now",
                String.class)
            .setParameter("ids", accountIds)
            .setParameter("approved", OrderState.APPROVED)
            .setParameter("now", Instant.now())
            .getResultList());
  }
}
