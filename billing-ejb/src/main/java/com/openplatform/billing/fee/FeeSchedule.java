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
    return changesAfter(at).stream().findFirst();
  }

  /** §2.3.2: every published change after {@code at}, earliest first. */
  public List<Version> changesAfter(Instant at) {
    return versions.stream().filter(v -> v.effectiveAt().isAfter(at)).toList();
  }

  /**
   * The schedule with {@code next} added, if it may be published {@code now} with the tenant's
   * {@code notice} period (§2.3.2): in the schedule with it, no version that takes effect sooner
   * than {@code now + notice} charges more than any price in force between now and its start (or
   * anything for a service free meanwhile).
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
    List<Version> all = new ArrayList<>(versions);
    all.add(next);
    FeeSchedule candidate = new FeeSchedule(all);
    Instant deadline = now.plus(notice);
    for (Version v : candidate.versions) {
      if (!v.effectiveAt().isBefore(now)
          && v.effectiveAt().isBefore(deadline)
          && candidate.raisesSince(v, now)) {
        throw new Refused(Refusal.NOT_ANNOUNCED_IN_TIME);
      }
    }
    return candidate;
  }

  /**
   * §2.3.2: whether {@code v} charges more than some price in force between {@code now} and its
   * start (free counts as nothing): every version is judged against every price before it, so a cut
   * published in front of an announced price can't turn that price into a rise without notice
   * (announce 300 an hour ahead, cut to 100 two minutes ahead: the 300 rises an hour later).
   */
  private boolean raisesSince(Version v, Instant now) {
    List<Optional<Money>> inForce = new ArrayList<>();
    inForce.add(priceAt(now));
    for (Version w : versions) {
      if (w.effectiveAt().isAfter(now) && w.effectiveAt().isBefore(v.effectiveAt())) {
        inForce.add(Optional.of(w.price()));
      }
    }
    return inForce.stream()
        .anyMatch(p -> p.map(price -> v.price().compareTo(price) > 0).orElse(!v.price().isZero()));
  }
}
