package com.openplatform.core.cache;

import com.openplatform.core.persistence.AfterCompletion;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's in-memory caches, and their invalidation across a cluster: a change invalidates
 * the entry on this node when its transaction commits, and on every other node through the JMS
 * topic {@link #TOPIC} (sent with the transaction; every node's listener invalidates its own copy).
 * No cache entry crosses tenants.
 */
@ApplicationScoped
public class Caches {

  public static final String TOPIC = "java:/jms/topic/PlatformInvalidation";
  private static final Logger LOG = Logger.getLogger(Caches.class.getName());

  private final Map<String, TenantCache<?>> caches = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  @Inject JMSContext jms;

  @Resource(lookup = TOPIC)
  Topic topic;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The cache of this name (created on first use). */
  @SuppressWarnings("unchecked")
  public <V> TenantCache<V> cache(String name, Duration ttl, int maxEntries) {
    return (TenantCache<V>)
        caches.computeIfAbsent(name, n -> new TenantCache<V>(n, ttl, maxEntries, clock));
  }

  /**
   * Invalidates an entry of the caller's tenant once the current transaction commits (at once
   * without one), here and on every other node.
   */
  public void invalidateAfterCommit(String cache, String key) {
    Invalidation change = new Invalidation(cache, TenantContext.tenant().value(), key);
    try {
      jms.createProducer().send(topic, change.asMap());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cache invalidation not sent to other nodes: " + change, e);
    }
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      AfterCompletion.register(transactions, status -> invalidateHere(change));
    }
    invalidateHere(change);
  }

  /** Invalidates this node's copy (the topic's listener calls this for every node's changes). */
  public void invalidateHere(Invalidation change) {
    TenantCache<?> cache = caches.get(change.cache());
    if (cache != null) {
      cache.invalidate(new TenantId(change.tenant()), change.key());
    }
  }
}
