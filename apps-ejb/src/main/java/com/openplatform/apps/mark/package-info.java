/** The tenant's protected marks that application names must not use or resemble (§2.6.4(3)). */
package com.openplatform.apps.mark;
