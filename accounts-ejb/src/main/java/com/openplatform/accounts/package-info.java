/**
 * Tenants and developer accounts; {@link com.openplatform.accounts.AccountsData} is the base of its
 * repositories.
 */
package com.openplatform.accounts;
