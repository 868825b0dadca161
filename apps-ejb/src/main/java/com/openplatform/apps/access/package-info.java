/**
 * Access to an application: the runtime's access decision (§2.8.2), answered from memory and
 * invalidated on every change; AppSecrets and their digest, and the IP allow-list's entries, which
 * keycloak-provider holds token requests against at the realm's token endpoint.
 */
package com.openplatform.apps.access;
