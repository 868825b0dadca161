/** Pages of lists, on the API and on the pages. */
package com.openplatform.web.paging;
