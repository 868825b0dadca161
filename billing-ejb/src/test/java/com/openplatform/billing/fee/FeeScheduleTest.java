package com.openplatform.billing.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.billing.Refused;
import com.openplatform.billing.fee.FeeSchedule.Refusal;
import com.openplatform.billing.fee.FeeSchedule.Version;
import com.openplatform.billing.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  static final Duration NOTICE = Duration.ofDays(30);

  static Money cny(String amount) {
    return Money.parse(amount, Money.CNY);
  }

  static Enum<?> refusal(FeeSchedule s, Version v) {
    return catchThrowableOfType(Refused.class, () -> s.publish(v, NOW, NOTICE)).reason();
  }

  final FeeSchedule current =
      new FeeSchedule(List.of(new Version(cny("300"), NOW.minus(Duration.ofDays(365)))));

  @Test
  void theNextChangeIsTheEarliestVersionStillToCome() {
    assertThat(current.nextChange(NOW)).as("nothing announced").isEmpty();
    Version rise = new Version(cny("350"), NOW.plus(Duration.ofDays(31)));
    Version later = new Version(cny("400"), NOW.plus(Duration.ofDays(90)));
    FeeSchedule s = current.publish(later, NOW, NOTICE).publish(rise, NOW, NOTICE);
    assertThat(s.nextChange(NOW)).hasValue(rise);
    assertThat(s.nextChange(rise.effectiveAt())).as("once in force, the next one").hasValue(later);
    assertThat(s.nextChange(later.effectiveAt())).isEmpty();
  }

  @Test
  void thePriceInForceIsTheLatestVersionNotInTheFuture() {
    FeeSchedule s =
        current.publish(new Version(cny("350"), NOW.plus(Duration.ofDays(31))), NOW, NOTICE);
    assertThat(s.priceAt(NOW)).hasValue(cny("300"));
    assertThat(s.priceAt(NOW.plus(Duration.ofDays(31)))).hasValue(cny("350"));
    assertThat(new FeeSchedule(List.of()).priceAt(NOW)).as("no version: free").isEmpty();
  }

  @Test
  void aRiseNeedsTheNoticePeriod() {
    assertThat(refusal(current, new Version(cny("350"), NOW.plus(Duration.ofDays(29)))))
        .isEqualTo(Refusal.NOT_ANNOUNCED_IN_TIME);
    assertThat(current.publish(new Version(cny("350"), NOW.plus(NOTICE)), NOW, NOTICE).versions())
        .hasSize(2);
  }

  @Test
  void aChargeForAFreeServiceNeedsTheNoticePeriodToo() {
    FeeSchedule free = new FeeSchedule(List.of());
    assertThat(refusal(free, new Version(cny("0.01"), NOW.plus(Duration.ofDays(1)))))
        .isEqualTo(Refusal.NOT_ANNOUNCED_IN_TIME);
    FeeSchedule madeFree = current.publish(new Version(cny("0"), NOW), NOW, NOTICE);
    assertThat(madeFree.priceAt(NOW)).hasValue(cny("0"));
    assertThat(refusal(madeFree, new Version(cny("1"), NOW.plus(Duration.ofDays(2)))))
        .isEqualTo(Refusal.NOT_ANNOUNCED_IN_TIME);
  }

  /**
   * Issue 22 item 6: the current price republished an hour ahead, then a cut two minutes ahead,
   * would make the price rise an hour later with an hour's notice: the cut is refused; one that
   * ends no sooner than the notice period is published.
   */
  @Test
  void aCutInFrontOfAnAnnouncedPriceMayNotTurnItIntoARiseWithoutNotice() {
    FeeSchedule announced =
        current.publish(new Version(cny("300"), NOW.plus(Duration.ofHours(1))), NOW, NOTICE);
    assertThat(refusal(announced, new Version(cny("100"), NOW.plus(Duration.ofMinutes(2)))))
        .isEqualTo(Refusal.NOT_ANNOUNCED_IN_TIME);
    FeeSchedule later =
        current.publish(new Version(cny("300"), NOW.plus(Duration.ofDays(31))), NOW, NOTICE);
    assertThat(
            later
                .publish(new Version(cny("100"), NOW.plus(Duration.ofMinutes(2))), NOW, NOTICE)
                .priceAt(NOW.plus(Duration.ofDays(1))))
        .hasValue(cny("100"));
    // free for a while, then charged again within the notice period: refused too
    FeeSchedule free =
        current.publish(new Version(cny("0"), NOW.plus(Duration.ofDays(2))), NOW, NOTICE);
    assertThat(refusal(free, new Version(cny("300"), NOW.plus(Duration.ofDays(3)))))
        .isEqualTo(Refusal.NOT_ANNOUNCED_IN_TIME);
  }

  @Test
  void aCutMayTakeEffectAtOnce() {
    assertThat(current.publish(new Version(cny("200"), NOW), NOW, NOTICE).priceAt(NOW))
        .hasValue(cny("200"));
  }

  @Test
  void thePastIsHistoryAndAnInstantHasOnePrice() {
    assertThat(refusal(current, new Version(cny("100"), NOW.minusSeconds(1))))
        .isEqualTo(Refusal.IN_THE_PAST);
    FeeSchedule s =
        current.publish(new Version(cny("400"), NOW.plus(Duration.ofDays(40))), NOW, NOTICE);
    assertThat(refusal(s, new Version(cny("450"), NOW.plus(Duration.ofDays(40)))))
        .isEqualTo(Refusal.SAME_INSTANT);
  }

  @Test
  void pricesAreNeverNegativeNorInAnotherCurrency() {
    assertThat(refusal(current, new Version(cny("-1"), NOW.plus(NOTICE))))
        .isEqualTo(Refusal.NEGATIVE_PRICE);
    assertThat(
            refusal(
                current,
                new Version(Money.parse("50", Currency.getInstance("USD")), NOW.plus(NOTICE))))
        .isEqualTo(Refusal.OTHER_CURRENCY);
  }
}
