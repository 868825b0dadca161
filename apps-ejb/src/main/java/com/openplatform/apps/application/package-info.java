/**
 * Applications (§2.5–§2.8): a developer registers one with a name that passes the name rules
 * (§2.5.6 own apps; names §2.5.7, §2.6.4(3)), staff review it, an approved one gets an AppID and an
 * AppSecret (the secret of a confidential client in the tenant's Keycloak realm, shown once), and
 * an application taken offline stays offline (§2.8.2).
 */
package com.openplatform.apps.application;
