/** Sign-in per tenant (realm from the host name) and the caller of each request. */
package com.openplatform.web.security;
