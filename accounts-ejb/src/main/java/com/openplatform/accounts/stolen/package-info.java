/**
 * Reports of stolen accounts (§2.1.6): received, verified, the account locked, the owner notified.
 */
package com.openplatform.accounts.stolen;
