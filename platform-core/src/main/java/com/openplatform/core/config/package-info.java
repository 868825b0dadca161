/** Deployment settings read from system properties or the environment. */
package com.openplatform.core.config;
