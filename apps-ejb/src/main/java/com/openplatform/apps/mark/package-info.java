/** The tenant's protected marks that application names must not use or resemble (§2.5.6). */
package com.openplatform.apps.mark;
