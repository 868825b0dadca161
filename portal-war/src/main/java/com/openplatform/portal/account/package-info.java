/** Developer accounts in the portal: REST API ({@code api}) and pages ({@code web}). */
package com.openplatform.portal.account;
