package com.openplatform.core.throttle;

import java.time.Duration;

/**
 * A limit on an operation anyone can trigger: at most {@code max} uses per {@code window} for one
 * key (an email address, a client address, an account).
 */
public record Limit(String action, int max, Duration window) {

  public Limit {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs max ≥ 1 and a positive window");
    }
  }
}
