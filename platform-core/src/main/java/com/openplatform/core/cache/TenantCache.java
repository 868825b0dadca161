package com.openplatform.core.cache;

import com.openplatform.core.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An in-memory cache of one kind of fact, kept apart per tenant, for the hot paths (a developer's
 * standing, the agreement in force). Correct the moment a fact changes: the change invalidates the
 * entry on every node ({@link Caches#invalidateAfterCommit}), and a value loaded while an
 * invalidation of the tenant happened is not kept. Entries also expire after a time to live, and a
 * tenant keeps at most {@code maxEntries} (beyond that it starts over).
 */
public final class TenantCache<V> {

  private record Entry<V>(V value, long expiresAt) {}

  /** One tenant's entries, and how often they were invalidated. */
  private static final class Shelf<V> {
    final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    volatile long generation;
  }

  private final String name;
  private final Duration ttl;
  private final int maxEntries;
  private final Clock clock;
  private final Map<String, Shelf<V>> shelves = new ConcurrentHashMap<>();

  TenantCache(String name, Duration ttl, int maxEntries, Clock clock) {
    this.name = name;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  public String name() {
    return name;
  }

  /**
   * The cached value, or the loader's (kept unless the tenant's entries were invalidated
   * meanwhile).
   */
  public V get(TenantId tenant, String key, Supplier<V> loader) {
    Shelf<V> shelf = shelves.computeIfAbsent(tenant.value(), t -> new Shelf<>());
    long now = clock.millis();
    Entry<V> entry = shelf.entries.get(key);
    if (entry != null && entry.expiresAt() > now) {
      return entry.value();
    }
    long before = shelf.generation;
    V value = loader.get();
    if (value != null) {
      synchronized (shelf) {
        if (shelf.generation == before) {
          if (shelf.entries.size() >= maxEntries) {
            shelf.entries.clear();
          }
          shelf.entries.put(key, new Entry<>(value, now + ttl.toMillis()));
        }
      }
    }
    return value;
  }

  /** Drops one entry of a tenant, or (key null) all of them. */
  public void invalidate(TenantId tenant, String key) {
    Shelf<V> shelf = shelves.computeIfAbsent(tenant.value(), t -> new Shelf<>());
    synchronized (shelf) {
      shelf.generation++;
      if (key == null) {
        shelf.entries.clear();
      } else {
        shelf.entries.remove(key);
      }
    }
  }
}
