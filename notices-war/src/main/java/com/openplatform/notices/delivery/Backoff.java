package com.openplatform.notices.delivery;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first wait, doubling after each failure up to a
 * ceiling, for a number of attempts; after the last, the delivery is dead (staff may send it
 * again). With the defaults (10 s, doubling to 10 min, 12 attempts) a peer may be down for about an
 * hour and a half before anything lands in the dead letters.
 */
public record Backoff(Duration first, Duration ceiling, int attempts) {

  public Backoff {
    if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || attempts < 1) {
      throw new IllegalArgumentException(
          "not a back-off: " + first + ", " + ceiling + ", " + attempts);
    }
  }

  /** The wait after the {@code failed}th failed attempt, or null when that was the last one. */
  public Duration after(int failed) {
    if (failed >= attempts) {
      return null;
    }
    Duration wait = first;
    for (int i = 1; i < failed && wait.compareTo(ceiling) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(ceiling) > 0 ? ceiling : wait;
  }
}
