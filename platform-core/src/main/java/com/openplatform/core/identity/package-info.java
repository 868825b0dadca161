/**
 * The identity gateway: tenants' realms, roles, clients and users in Keycloak, and the secrets the
 * web modules sign in with.
 */
package com.openplatform.core.identity;
