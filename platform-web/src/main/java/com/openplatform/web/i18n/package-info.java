/** The pages' language (Chinese or English) and the shared texts. */
package com.openplatform.web.i18n;
