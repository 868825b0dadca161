/**
 * Getting notices to developers (§6.1, §6.2): the fan-out to recipients in batches, the deliveries
 * (one per recipient and channel, the idempotency key), the channels' senders with retries and dead
 * letters, and the rounds that run it all in the background.
 */
package com.openplatform.notices.delivery;
