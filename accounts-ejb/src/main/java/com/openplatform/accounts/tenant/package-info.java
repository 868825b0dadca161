/** Operators' platforms (tenants) and their provisioning in Keycloak. */
package com.openplatform.accounts.tenant;
