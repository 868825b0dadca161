/** Helpers of the Faces pages: the site header's facts, refusals shown on forms, sign-out. */
package com.openplatform.web.page;
