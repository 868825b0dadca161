/** The runtime access decision (§2.8.2), answered from memory and invalidated on every change. */
package com.openplatform.apps.access;
