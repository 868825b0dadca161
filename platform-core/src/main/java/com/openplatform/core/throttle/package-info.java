/** Limits on operations anyone can trigger, counted in the database across a cluster. */
package com.openplatform.core.throttle;
