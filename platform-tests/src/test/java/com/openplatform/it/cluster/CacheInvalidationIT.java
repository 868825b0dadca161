package com.openplatform.it.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openplatform.core.cache.Caches;
import com.openplatform.core.cache.Invalidation;
import com.openplatform.core.cache.TenantCache;
import com.openplatform.core.tenancy.TenantId;
import com.openplatform.it.support.InServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed EAR: a change made on another node of a cluster reaches this node through the
 * invalidation topic, and this node drops its cached copy.
 */
@ExtendWith(InServer.class)
class CacheInvalidationIT {

  @Inject Caches caches;
  @Inject JMSContext jms;

  @Resource(lookup = Caches.TOPIC)
  Topic topic;

  @Test
  void anotherNodesChangeDropsThisNodesCopy() throws Exception {
    TenantCache<String> cache = caches.cache("it-probe", Duration.ofMinutes(5), 10);
    TenantId demo = new TenantId("demo");
    TenantId acme = new TenantId("acme");
    cache.get(demo, "k", () -> "before");
    cache.get(acme, "k", () -> "acme's");
    assertEquals("before", cache.get(demo, "k", () -> "after"));

    jms.createProducer().send(topic, new Invalidation("it-probe", "demo", "k").asMap());

    await("the invalidation from the topic")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> cache.get(demo, "k", () -> "after").equals("after"));
    assertEquals("acme's", cache.get(acme, "k", () -> "reloaded"));
  }
}
