/**
 * The REST APIs' published contract: what every operation of every web module's OpenAPI description
 * shares (the tenant's servers, the tenant's Keycloak as security scheme, the RFC 9457 refusals
 * each operation can answer), and the tenant's OpenID Connect discovery beside the API.
 */
package com.openplatform.web.api;
