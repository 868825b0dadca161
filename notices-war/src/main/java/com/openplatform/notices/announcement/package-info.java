/** What anyone reads or does without signing in: announcements and their feed, unsubscribing. */
package com.openplatform.notices.announcement;
