/**
 * QQ-number accounts (§2.1.1): existing users an operator brings along, imported with password
 * hashes Keycloak verifies; nobody can claim a QQ number by registering.
 */
package com.openplatform.accounts.qq;
