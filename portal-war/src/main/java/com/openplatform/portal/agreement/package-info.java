/** The agreement in the portal: its gate, page and REST API (§8.1, §5.1, §6.4). */
package com.openplatform.portal.agreement;
