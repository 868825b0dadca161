package com.openplatform.billing.verification;

import com.openplatform.accounts.api.Developers;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * §2.4: reminds a developer, once, that their verification is about to expire and re-verification
 * is open. The reminder goes out when the renewal window opens ({@code op.billing.renewal-days}
 * before the end), never for a verification already renewed or being renewed, and is recorded only
 * when the mail was handed to the mail server: a mail server that is down leaves the order to the
 * next round. Works in the tenant bound by its caller ({@link ExpiryReminders}).
 */
@Stateless
@PermitAll
public class ExpiryReminder {

  @Inject Orders orders;
  @EJB Developers developers;

  /**
   * The approved orders whose verification ends within the renewal window and were not reminded.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> due(Instant now) {
    return orders.expiringUnreminded(now, now.plus(VerificationPolicy.current().renewalWindow()));
  }

  /**
   * Reminds the developer of one order, in its own transaction with the order locked, so two
   * servers of a cluster never both mail it.
   *
   * @return whether a mail went out
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(String orderId, Instant now) {
    VerificationOrder order = orders.locked(orderId).orElse(null);
    if (order == null || order.state() != OrderState.APPROVED || !order.remind(now)) {
      return false;
    }
    if (orders.ofAccount(order.accountId(), 0, 20).stream().anyMatch(order::renewedBy)) {
      return false;
    }
    String until = com.openplatform.core.notice.NoticeTimes.inTenantZone(order.validUntil());
    String link =
        TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
            + "/portal/account/verification.xhtml";
    return developers.mail(
        order.accountId(),
        "开发者认证即将到期 / Your developer verification expires soon",
        "您的开发者认证将于 "
            + until
            + " 到期。到期后需重新认证；现在即可申请重新认证：\n"
            + link
            + "\n\nYour developer verification expires on "
            + until
            + ". Re-verification is open now:\n"
            + link
            + "\n");
  }
}
