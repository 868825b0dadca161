/** Affiliated entities in the staff console (§5.4, §5.7). */
package com.openplatform.admin.affiliate;
