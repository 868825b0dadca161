/** Reporting a stolen account in the portal (§2.1.6): REST API and page, open to anyone. */
package com.openplatform.portal.stolen;
