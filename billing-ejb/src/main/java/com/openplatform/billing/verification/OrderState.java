package com.openplatform.billing.verification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a verification order (§2.4): it waits for payment at the price in force, is paid,
 * goes to review (by staff or an entrusted reviewer organisation, §2.4.2), and ends approved or
 * rejected; an unpaid order expires after its deadline; a paid one may be refunded where tenant
 * policy allows. Transitions not listed are refused.
 */
public enum OrderState {
  AWAITING_PAYMENT,
  PAID,
  IN_REVIEW,
  APPROVED,
  REJECTED,
  EXPIRED,
  REFUNDED;

  /** What happens to an order. */
  public enum Event {
    PAYMENT_CONFIRMED,
    REVIEW_STARTED,
    APPROVED,
    REJECTED,
    DEADLINE_PASSED,
    REFUNDED
  }

  /** The result of an event: the new state, and whether it changed anything. */
  public record Transition(OrderState from, OrderState to, boolean changed) {}

  private static final Map<OrderState, Map<Event, OrderState>> NEXT =
      Map.of(
          AWAITING_PAYMENT,
          Map.of(Event.PAYMENT_CONFIRMED, PAID, Event.DEADLINE_PASSED, EXPIRED),
          PAID,
          Map.of(Event.REVIEW_STARTED, IN_REVIEW, Event.REFUNDED, REFUNDED),
          IN_REVIEW,
          Map.of(Event.APPROVED, APPROVED, Event.REJECTED, REJECTED),
          REJECTED,
          Map.of(Event.REFUNDED, REFUNDED),
          APPROVED,
          Map.of(),
          EXPIRED,
          Map.of(),
          REFUNDED,
          Map.of());

  /**
   * A payment confirmed again (a replayed or late notification) leaves a paid order as it is: the
   * replay is answered as a success, and only the first confirmation is a transition (§2.4; the
   * callbacks are idempotent).
   */
  private static final Set<OrderState> ALREADY_PAID =
      EnumSet.of(PAID, IN_REVIEW, APPROVED, REJECTED, REFUNDED);

  /** Applies an event; refuses one that does not apply to this state. */
  public Transition on(Event event) {
    OrderState to = NEXT.get(this).get(event);
    if (to != null) {
      return new Transition(this, to, true);
    }
    if (event == Event.PAYMENT_CONFIRMED && ALREADY_PAID.contains(this)) {
      return new Transition(this, this, false);
    }
    throw new IllegalStateException(event + " does not apply to an order " + this);
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }
}
