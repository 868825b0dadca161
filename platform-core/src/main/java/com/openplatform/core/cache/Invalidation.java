package com.openplatform.core.cache;

import java.util.HashMap;
import java.util.Map;

/** A changed fact: the cache, the tenant and the key (null: every entry of the tenant). */
public record Invalidation(String cache, String tenant, String key) {

  /** As the body of a JMS map message. */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new HashMap<>();
    map.put("cache", cache);
    map.put("tenant", tenant);
    if (key != null) {
      map.put("key", key);
    }
    return map;
  }

  /** From the body of a JMS map message. */
  public static Invalidation of(Map<?, ?> map) {
    return new Invalidation(
        (String) map.get("cache"), (String) map.get("tenant"), (String) map.get("key"));
  }
}
