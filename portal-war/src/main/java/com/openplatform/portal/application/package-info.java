/** The developer's applications: REST API (and, later, pages) over the apps module's EJBs. */
package com.openplatform.portal.application;
