package com.openplatform.notices.announcement;

import com.openplatform.notices.notice.NoticeText;
import java.time.Instant;

/** A web announcement (§6.1) as anyone reads it on the tenant's site. */
public record Announcement(String id, NoticeText text, Instant publishedAt) {}
