package com.openplatform.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps (DATETIME(6): microseconds), so what an
 * operation answers equals what a later read of it returns.
 */
public final class Now {

  private Now() {}

  public static Instant instant() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
