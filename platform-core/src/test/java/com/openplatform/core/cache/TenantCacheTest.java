package com.openplatform.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.core.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TenantCacheTest {

  private static final TenantId DEMO = new TenantId("demo");
  private static final TenantId ACME = new TenantId("acme");

  private final MutableClock clock = new MutableClock();
  private final TenantCache<String> cache =
      new TenantCache<>("test", Duration.ofMinutes(5), 3, clock);

  @Test
  void aValueIsLoadedOnceAndServedFromMemory() {
    AtomicInteger loads = new AtomicInteger();
    cache.get(DEMO, "k", () -> "v" + loads.incrementAndGet());

    assertThat(cache.get(DEMO, "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void tenantsNeverSeeEachOthersEntries() {
    cache.get(DEMO, "k", () -> "demo's");

    assertThat(cache.get(ACME, "k", () -> "acme's")).isEqualTo("acme's");
    cache.invalidate(ACME, null);
    assertThat(cache.get(DEMO, "k", () -> "reloaded")).isEqualTo("demo's");
  }

  @Test
  void anInvalidatedEntryIsLoadedAgain() {
    cache.get(DEMO, "k", () -> "old");
    cache.invalidate(DEMO, "k");

    assertThat(cache.get(DEMO, "k", () -> "new")).isEqualTo("new");
  }

  /** A value read before a change committed must not outlive the change's invalidation. */
  @Test
  void aValueLoadedWhileAnInvalidationHappensIsNotKept() {
    String loaded =
        cache.get(
            DEMO,
            "k",
            () -> {
              cache.invalidate(DEMO, "k");
              return "stale";
            });

    assertThat(loaded).isEqualTo("stale");
    assertThat(cache.get(DEMO, "k", () -> "fresh")).isEqualTo("fresh");
  }

  @Test
  void entriesExpireAndNothingIsKeptForAbsentValues() {
    cache.get(DEMO, "k", () -> "v1");
    clock.advance(Duration.ofMinutes(6));
    assertThat(cache.get(DEMO, "k", () -> "v2")).isEqualTo("v2");

    assertThat(cache.get(DEMO, "none", () -> null)).isNull();
    assertThat(cache.get(DEMO, "none", () -> "now")).isEqualTo("now");
  }

  @Test
  void aFullTenantStartsOver() {
    for (int i = 0; i < 3; i++) {
      String key = "k" + i;
      cache.get(DEMO, key, () -> key);
    }
    cache.get(DEMO, "k3", () -> "k3");

    assertThat(cache.get(DEMO, "k0", () -> "reloaded")).isEqualTo("reloaded");
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-30T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
