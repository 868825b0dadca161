/** Agreement versions in the staff console (§8.1): REST API and page. */
package com.openplatform.admin.agreement;
