package com.openplatform.billing.payment;

import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.ledger.Ledger;
import com.openplatform.billing.money.Money;
import com.openplatform.billing.verification.OrderState;
import com.openplatform.billing.verification.Orders;
import com.openplatform.billing.verification.VerificationOrder;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Books a payment that a provider reports for an order, whatever the provider (sandbox, WeChat
 * Pay). §2.4 and the idempotence the issue asks for: any number of reports of one transaction,
 * concurrent or late, make exactly one paid transition and one ledger entry. The order's row is
 * locked first, so reports of one order are applied one after the other; the ledger's unique key on
 * (tenant, provider, transaction) holds even if that lock were bypassed.
 */
@Stateless
@PermitAll
public class PaymentBooking {

  private static final Logger LOG = Logger.getLogger(PaymentBooking.class.getName());

  /** What a report did. */
  public enum Outcome {
    /** The order is paid now: one transition, one ledger entry. */
    PAID,
    /** The transaction was booked before: nothing changed. */
    ALREADY_BOOKED,
    /**
     * Money came for an order that can't take it (expired, or paid by another transaction): it is
     * booked and paid back at once, two entries that cancel out.
     */
    RETURNED
  }

  @Inject Orders orders;
  @Inject Ledger ledger;

  /**
   * @param orderNumber the order's number as the provider knows it
   * @param paid the amount the provider reports, exactly
   */
  public Outcome confirm(String provider, String transactionId, String orderNumber, Money paid) {
    VerificationOrder order =
        orders
            .lockedByNumber(orderNumber)
            .orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
    // the locked row is read as committed now: a replay of the payment that paid it is seen here
    if ((provider.equals(order.provider()) && transactionId.equals(order.transactionId()))
        || ledger.transaction(provider, transactionId).isPresent()) {
      return Outcome.ALREADY_BOOKED;
    }
    if (!paid.equals(order.price())) {
      LOG.warning(
          () ->
              "payment " + transactionId + " of " + paid + " for order " + order.id() + " refused");
      throw new ProblemException(BillingProblem.PAYMENT_MISMATCH);
    }
    Instant now = Now.instant();
    if (order.state() == OrderState.AWAITING_PAYMENT && order.paid(provider, transactionId, now)) {
      ledger.payment(order.id(), paid, provider, transactionId, now);
      return Outcome.PAID;
    }
    ledger.payment(order.id(), paid, provider, transactionId, now);
    ledger.refund(order.id(), paid, provider, "return-" + transactionId, now);
    LOG.warning(
        () ->
            "payment "
                + transactionId
                + " for order "
                + order.id()
                + " in state "
                + order.state()
                + " booked and returned");
    return Outcome.RETURNED;
  }
}
