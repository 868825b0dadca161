/** Pages of the staff lists: every list is paged, none cut off silently. */
package com.openplatform.core.paging;
