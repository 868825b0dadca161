package com.openplatform.billing.fee;

import com.openplatform.billing.Refused;
import com.openplatform.billing.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's prices for one paid service over time (§2.3): versions, each in force from its
 * effective instant until the next one's. A service with no version in force is free.
 *
 * <p>§2.3.2: a new price, or a charge for a service that was free, is announced before it takes
 * effect — {@link #publish} refuses ({@link Refused} with a {@link Refusal}) a version that takes
 * effect sooner than the tenant's notice period from now, and one that would change the past. A
 * price cut may take effect at once.
 */
public final class FeeSchedule {

  /** One version: this price from this instant on. */
  public record Version(Money price, Instant effectiveAt) {}

  /** Why a version cannot be published. */
  public enum Refusal {
    /** §2.3.2: a higher price or a new charge needs the notice period. */
    NOT_ANNOUNCED_IN_TIME,
    /** Prices in force or past are history; a version takes effect now or later. */
    IN_THE_PAST,
    /** Another version already takes effect then. */
    SAME_INSTANT,
    NEGATIVE_PRICE,
    OTHER_CURRENCY
  }

  private final List<Version> versions;

  public FeeSchedule(List<Version> versions) {
    List<Version> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(Version::effectiveAt));
    this.versions = List.copyOf(sorted);
  }

  public List<Version> versions() {
    return versions;
  }

  /** The price in force at {@code at}; empty: the service is free then. */
  public Optional<Money> priceAt(Instant at) {
    Money price = null;
    for (Version v : versions) {
      if (v.effectiveAt().isAfter(at)) {
        break;
      }
      price = v.price();
    }
    return Optional.ofNullable(price);
  }

  /**
   * §2.3.2: the next published change after {@code at} — the announced price and when it takes
   * effect; empty when none is announced.
   */
  public Optional<Version> nextChange(Instant at) {
    return versions.stream().filter(v -> v.effectiveAt().isAfter(at)).findFirst();
  }

  /**
   * The schedule with {@code next} added, if it may be published {@code now} with the tenant's
   * {@code notice} period (§2.3.2): a price above the one that would otherwise be in force at its
   * effective instant — or any price for a service free until then — takes effect no sooner than
   * {@code now + notice}.
   */
  public FeeSchedule publish(Version next, Instant now, Duration notice) {
    if (next.price().isNegative()) {
      throw new Refused(Refusal.NEGATIVE_PRICE);
    }
    if (!versions.isEmpty()
        && !versions.get(0).price().currency().equals(next.price().currency())) {
      throw new Refused(Refusal.OTHER_CURRENCY);
    }
    if (next.effectiveAt().isBefore(now)) {
      throw new Refused(Refusal.IN_THE_PAST);
    }
    if (versions.stream().anyMatch(v -> v.effectiveAt().equals(next.effectiveAt()))) {
      throw new Refused(Refusal.SAME_INSTANT);
    }
    Optional<Money> before = priceAt(next.effectiveAt());
    boolean raises = before.map(p -> next.price().compareTo(p) > 0).orElse(!next.price().isZero());
    if (raises && next.effectiveAt().isBefore(now.plus(notice))) {
      throw new Refused(Refusal.NOT_ANNOUNCED_IN_TIME);
    }
    List<Version> all = new ArrayList<>(versions);
    all.add(next);
    return new FeeSchedule(all);
  }
}
