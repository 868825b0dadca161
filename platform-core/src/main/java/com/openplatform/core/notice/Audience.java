package com.openplatform.core.notice;

import java.util.Objects;

/**
 * Who a notice is for: one developer (by account id), a segment, or all developers of the tenant.
 * Never another tenant's: the tenant is the one of the caller that asks.
 */
public record Audience(Type type, String developerId, Segment segment) {

  public enum Type {
    DEVELOPER,
    SEGMENT,
    ALL
  }

  public Audience {
    Objects.requireNonNull(type, "type");
    if (type == Type.DEVELOPER && (developerId == null || developerId.isBlank())) {
      throw new IllegalArgumentException("a notice to one developer names the developer");
    }
    if (type != Type.DEVELOPER) {
      developerId = null;
    }
    segment = type == Type.SEGMENT && segment != null ? segment : Segment.EVERYONE;
  }

  public static Audience developer(String accountId) {
    return new Audience(Type.DEVELOPER, accountId, null);
  }

  public static Audience all() {
    return new Audience(Type.ALL, null, null);
  }

  public static Audience segment(Segment segment) {
    return new Audience(Type.SEGMENT, null, segment);
  }
}
