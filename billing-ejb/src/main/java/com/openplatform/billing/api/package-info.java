/**
 * What other modules may ask the billing module (STYLE.md, "Between modules"): they call these
 * interfaces, never its entities or tables.
 */
package com.openplatform.billing.api;
