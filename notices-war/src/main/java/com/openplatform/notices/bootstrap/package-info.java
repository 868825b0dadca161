/** Start-up of the notices module: its schema. */
package com.openplatform.notices.bootstrap;
