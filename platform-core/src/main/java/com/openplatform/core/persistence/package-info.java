/** Persistence conventions every module shares: time in UTC. */
package com.openplatform.core.persistence;
