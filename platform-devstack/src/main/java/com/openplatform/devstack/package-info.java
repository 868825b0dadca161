/** The embedded stack: the launcher of the default run and the peers of the integration tests. */
package com.openplatform.devstack;
