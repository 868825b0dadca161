/**
 * What the accounts module offers other modules: the developer gates ({@link
 * com.openplatform.accounts.api.DeveloperGate}) every developer operation passes. Other modules use
 * only this package, never the accounts module's entities or tables.
 */
package com.openplatform.accounts.api;
