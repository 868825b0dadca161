package com.openplatform.core.notice;

import jakarta.ejb.Local;

/**
 * What every page's header shows a signed-in developer about their notices: unread internal mail
 * and prompts not yet acknowledged (§6.1). Answered by the notices module (its JNDI name is {@link
 * #JNDI}); zeros for anyone who is not a developer.
 */
@Local
public interface NoticeBadge {

  String JNDI = "java:app/notices-war/MyNotices!com.openplatform.core.notice.NoticeBadge";

  Counts counts();

  record Counts(long unread, long prompts) {
    public static final Counts NONE = new Counts(0, 0);
  }
}
