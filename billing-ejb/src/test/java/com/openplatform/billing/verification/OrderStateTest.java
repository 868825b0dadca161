package com.openplatform.billing.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openplatform.billing.verification.OrderState.Event;
import org.junit.jupiter.api.Test;

class OrderStateTest {

  @Test
  void theWayToApproval() {
    OrderState s = OrderState.AWAITING_PAYMENT;
    s = s.on(Event.PAYMENT_CONFIRMED).to();
    assertThat(s).isEqualTo(OrderState.PAID);
    s = s.on(Event.REVIEW_STARTED).to();
    s = s.on(Event.APPROVED).to();
    assertThat(s).isEqualTo(OrderState.APPROVED);
    assertThat(s.isFinal()).isTrue();
  }

  @Test
  void aReplayedPaymentChangesNothing() {
    for (OrderState paid :
        new OrderState[] {
          OrderState.PAID,
          OrderState.IN_REVIEW,
          OrderState.APPROVED,
          OrderState.REJECTED,
          OrderState.REFUNDED
        }) {
      OrderState.Transition t = paid.on(Event.PAYMENT_CONFIRMED);
      assertThat(t.changed()).as(paid.name()).isFalse();
      assertThat(t.to()).isEqualTo(paid);
    }
    assertThat(OrderState.AWAITING_PAYMENT.on(Event.PAYMENT_CONFIRMED).changed()).isTrue();
  }

  @Test
  void anUnpaidOrderExpiresAndThenTakesNoPayment() {
    OrderState expired = OrderState.AWAITING_PAYMENT.on(Event.DEADLINE_PASSED).to();
    assertThat(expired).isEqualTo(OrderState.EXPIRED);
    assertThatThrownBy(() -> expired.on(Event.PAYMENT_CONFIRMED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reviewNeedsPaymentAndDecisionsNeedReview() {
    assertThatThrownBy(() -> OrderState.AWAITING_PAYMENT.on(Event.REVIEW_STARTED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> OrderState.PAID.on(Event.APPROVED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> OrderState.APPROVED.on(Event.REFUNDED))
        .isInstanceOf(IllegalStateException.class);
    assertThat(OrderState.REJECTED.on(Event.REFUNDED).to()).isEqualTo(OrderState.REFUNDED);
  }
}
