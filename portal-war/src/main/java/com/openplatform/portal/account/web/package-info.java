/** Pages of developer accounts: registration and "my account". */
package com.openplatform.portal.account.web;
