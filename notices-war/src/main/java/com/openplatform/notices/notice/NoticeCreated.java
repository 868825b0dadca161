package com.openplatform.notices.notice;

/** A notice was made (CDI event, in its transaction): its tenant's round may start. */
public record NoticeCreated(String tenant, String noticeId) {}
