package com.openplatform.billing.ledger;

import com.openplatform.billing.BillingData;
import com.openplatform.billing.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's ledger: the only writer of ledger rows in the platform. A payment is booked once per
 * provider transaction; a refund is booked as its own negative entry, never by changing a payment.
 */
@ApplicationScoped
public class Ledger extends BillingData {

  /**
   * The entry of a provider's transaction, if booked — read as committed now (a locking read), not
   * from the transaction's snapshot, which may predate a concurrent booking of it.
   */
  public Optional<LedgerEntry> transaction(String provider, String transactionId) {
    return em().createNamedQuery("LedgerEntry.byTransaction", LedgerEntry.class)
        .setParameter("provider", provider)
        .setParameter("transaction", transactionId)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Books a payment received for an order (flushed, so a duplicate fails here). */
  public LedgerEntry payment(
      String orderId, Money amount, String provider, String transactionId, Instant at) {
    return book(
        new LedgerEntry(orderId, LedgerEntry.Kind.PAYMENT, amount, provider, transactionId, at));
  }

  /** Books money paid back for an order: a negative entry. */
  public LedgerEntry refund(
      String orderId, Money amount, String provider, String transactionId, Instant at) {
    return book(
        new LedgerEntry(
            orderId, LedgerEntry.Kind.REFUND, amount.negate(), provider, transactionId, at));
  }

  public List<LedgerEntry> ofOrder(String orderId) {
    return em().createNamedQuery("LedgerEntry.ofOrder", LedgerEntry.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  /** Per currency: the sum of entries booked in [from, to), and their count. */
  public List<Object[]> sums(Instant from, Instant to) {
    return em().createNamedQuery("LedgerEntry.sumBetween", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private LedgerEntry book(LedgerEntry entry) {
    em().persist(entry);
    em().flush();
    return entry;
  }
}
