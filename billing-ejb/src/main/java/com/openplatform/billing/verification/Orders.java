package com.openplatform.billing.verification;

import com.openplatform.billing.BillingData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The tenant's verification orders. */
@ApplicationScoped
public class Orders extends BillingData {

  void add(VerificationOrder order) {
    em().persist(order);
    em().flush();
  }

  Optional<VerificationOrder> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(VerificationOrder.class, i));
  }

  /**
   * The order with its row locked until the transaction ends, so concurrent notifications of one
   * payment are applied one after the other (§2.4: exactly one paid transition).
   */
  public Optional<VerificationOrder> locked(String id) {
    return Optional.ofNullable(id)
        .map(i -> em().find(VerificationOrder.class, i, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The order with a provider's order number ({@link VerificationOrder#number()}), locked. */
  public Optional<VerificationOrder> lockedByNumber(String number) {
    if (number == null || !number.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    String id =
        new java.util.UUID(
                Long.parseUnsignedLong(number.substring(0, 16), 16),
                Long.parseUnsignedLong(number.substring(16), 16))
            .toString();
    return locked(id);
  }

  List<VerificationOrder> ofAccount(String accountId, int first, int max) {
    return em().createNamedQuery("VerificationOrder.ofAccount", VerificationOrder.class)
        .setParameter("account", accountId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  long countOfAccount(String accountId) {
    return em().createNamedQuery("VerificationOrder.countOfAccount", Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  List<VerificationOrder> inStates(Collection<OrderState> states, int first, int max) {
    return em().createNamedQuery("VerificationOrder.inStates", VerificationOrder.class)
        .setParameter("states", states)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  long countInStates(Collection<OrderState> states) {
    return em().createNamedQuery("VerificationOrder.countInStates", Long.class)
        .setParameter("states", states)
        .getSingleResult();
  }

  /** §2.4.2: as {@link #inStates}, only the orders assigned to a reviewer organisation. */
  List<VerificationOrder> inStatesOf(
      String organisationId, Collection<OrderState> states, int first, int max) {
    return em().createNamedQuery("VerificationOrder.inStatesOf", VerificationOrder.class)
        .setParameter("states", states)
        .setParameter("org", organisationId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  long countInStatesOf(String organisationId, Collection<OrderState> states) {
    return em().createNamedQuery("VerificationOrder.countInStatesOf", Long.class)
        .setParameter("states", states)
        .setParameter("org", organisationId)
        .getSingleResult();
  }

  /** A developer's unpaid orders whose deadline has passed. */
  List<VerificationOrder> overdueOf(String accountId, Instant now) {
    return em().createNamedQuery("VerificationOrder.overdueOfAccount", VerificationOrder.class)
        .setParameter("account", accountId)
        .setParameter("state", OrderState.AWAITING_PAYMENT)
        .setParameter("now", now)
        .getResultList();
  }

  /** Unpaid orders whose deadline has passed. */
  List<VerificationOrder> overdue(Instant now) {
    return em().createNamedQuery("VerificationOrder.overdue", VerificationOrder.class)
        .setParameter("state", OrderState.AWAITING_PAYMENT)
        .setParameter("now", now)
        .setMaxResults(500)
        .getResultList();
  }

  /** §2.4: approved orders ending after {@code now} and by {@code until}, not yet reminded. */
  List<String> expiringUnreminded(Instant now, Instant until) {
    return em().createNamedQuery("VerificationOrder.expiringUnreminded", String.class)
        .setParameter("state", OrderState.APPROVED)
        .setParameter("now", now)
        .setParameter("until", until)
        .setMaxResults(500)
        .getResultList();
  }
}
