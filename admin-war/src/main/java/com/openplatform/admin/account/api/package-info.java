/** REST API of the staff console for developer accounts. */
package com.openplatform.admin.account.api;
