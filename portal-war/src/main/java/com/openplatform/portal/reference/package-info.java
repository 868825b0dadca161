/** The API reference page: the served OpenAPI description rendered by Swagger UI. */
package com.openplatform.portal.reference;
