/**
 * Notices (§6.1–§6.3): made from other modules' requests (the queue's listener) or written by staff
 * (the desk), one row whatever the audience, with texts from templates in both languages.
 */
package com.openplatform.notices.notice;
