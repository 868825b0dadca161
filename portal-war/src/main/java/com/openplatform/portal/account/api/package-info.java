/** REST API of developer accounts: registration and the developer's own account. */
package com.openplatform.portal.account.api;
