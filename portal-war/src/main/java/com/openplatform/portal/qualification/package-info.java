/** Qualification materials in the portal (§1.1, §2.2): REST API and page. */
package com.openplatform.portal.qualification;
