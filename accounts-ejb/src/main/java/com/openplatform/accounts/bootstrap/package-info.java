/** Start-up of the accounts module: migrations, tenants to serve, demo sign-ins. */
package com.openplatform.accounts.bootstrap;
