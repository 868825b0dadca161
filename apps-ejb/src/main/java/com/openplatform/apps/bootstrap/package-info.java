/** Start-up of the apps module: its schema migrations. */
package com.openplatform.apps.bootstrap;
