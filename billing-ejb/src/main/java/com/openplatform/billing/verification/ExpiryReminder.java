package com.openplatform.billing.verification;

import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeRequests;
import com.openplatform.core.notice.NoticeTimes;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
  @Inject NoticeRequests notices;

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
   * @return whether a reminder was asked for
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
    // §2.4, §6.1: told through the notices module, with the reminder's mark in one transaction
    notices.send(
        NoticeRequest.legalTo(
            order.accountId(),
            "verification.expiring",
            Map.of(
                "until",
                NoticeTimes.inTenantZone(order.validUntil()),
                "link",
                TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
                    + "/portal/account/verification.xhtml"),
            "verification.expiring:" + order.id()));
    return true;
  }
}
