/**
 * What other modules may ask the apps module (STYLE.md, "Between modules"): they call these
 * interfaces, never its entities or tables.
 */
package com.openplatform.apps.api;
