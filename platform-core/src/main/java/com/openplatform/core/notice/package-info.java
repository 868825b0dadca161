/**
 * The notices contract (§6.1–§6.3) every module sees: a module asks for a notice to a developer, a
 * segment or all developers of its tenant with {@link com.openplatform.core.notice.NoticeRequests},
 * in its own transaction; the notices module (notices-war) owns everything after that — records,
 * fan-out, channels, retries, deemed receipt. No module sends mail or SMS itself.
 */
package com.openplatform.core.notice;
