/** What every node of a cluster does for the whole platform: drop cached facts that changed. */
package com.openplatform.accounts.cluster;
