/**
 * Developer accounts: registration by email (§2.1.1), the developer's own account, staff's
 * directory.
 */
package com.openplatform.accounts.account;
