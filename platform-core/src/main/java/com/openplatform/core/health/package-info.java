/** Readiness of the platform's peers (MicroProfile Health). */
package com.openplatform.core.health;
