package com.openplatform.billing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAreWholeMinorUnits() {
    Money fee = Money.parse("300", Money.CNY);
    assertThat(fee.minor()).isEqualTo(30000);
    assertThat(fee.major()).isEqualTo(new BigDecimal("300.00"));
    assertThat(fee.toString()).isEqualTo("CNY 300.00");
    assertThat(Money.parse("0.10", Money.CNY).plus(Money.parse("0.20", Money.CNY)))
        .isEqualTo(Money.parse("0.3", Money.CNY));
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
    assertThatThrownBy(() -> Money.parse("0.001", Money.CNY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("1.5", Currency.getInstance("JPY")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.parse("1.500", Money.CNY).minor()).isEqualTo(150);
  }

  @Test
  void currenciesNeverMix() {
    assertThatThrownBy(
            () -> Money.parse("1", Money.CNY).plus(Money.parse("1", Currency.getInstance("USD"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refundsAreNegativeAndOverflowIsRefused() {
    Money refund = Money.parse("300", Money.CNY).negate();
    assertThat(refund.isNegative()).isTrue();
    assertThat(refund.plus(Money.parse("300", Money.CNY)).isZero()).isTrue();
    assertThatThrownBy(() -> new Money(Long.MAX_VALUE, Money.CNY).plus(new Money(1, Money.CNY)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.parse("not money", Money.CNY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
