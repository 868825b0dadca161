/**
 * In-memory caches of the hot paths, per tenant, invalidated on every node of a cluster when what
 * they hold changes.
 */
package com.openplatform.core.cache;
