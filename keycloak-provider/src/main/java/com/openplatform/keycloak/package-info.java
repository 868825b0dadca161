/**
 * Runs inside Keycloak: an application's client authentication at its tenant realm's token endpoint
 * (§2.8.2: only an approved app, not offline, gets tokens; its AppSecret's digest; its IP
 * allow-list).
 */
package com.openplatform.keycloak;
