/**
 * The notices module (§6): notices, their fan-out and delivery on every channel, developers'
 * inboxes and prompts, public announcements. Other modules reach it only through the contract in
 * {@code com.openplatform.core.notice}.
 */
package com.openplatform.notices;
