package com.openplatform.billing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money (§2.3): a whole number of the currency's minor units (fen for CNY),
 * never floating point. Amounts of different currencies never mix.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public static final Currency CNY = Currency.getInstance("CNY");

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("a currency without minor units: " + currency);
    }
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * An amount written in major units ({@code "12.30"} yuan); refused when it has more decimals than
   * the currency has minor units (no silent rounding), or does not fit.
   */
  public static Money parse(String amount, Currency currency) {
    BigDecimal major;
    try {
      major = new BigDecimal(amount.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("not an amount: " + amount);
    }
    return of(major, currency);
  }

  public static Money of(BigDecimal major, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (major.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException(
          "more than " + digits + " decimals for " + currency + ": " + major.toPlainString());
    }
    try {
      return new Money(major.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("too large: " + major.toPlainString());
    }
  }

  public Money plus(Money other) {
    same(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    same(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isZero() {
    return minor == 0;
  }

  /** The amount in major units, with exactly the currency's decimals ({@code 12.30}). */
  public BigDecimal major() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits())
        .setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
  }

  @Override
  public int compareTo(Money other) {
    same(other);
    return Long.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + major().toPlainString();
  }

  private void same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currencies differ: " + currency + ", " + other.currency);
    }
  }
}
