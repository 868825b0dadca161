/** Pages of the staff console for developer accounts. */
package com.openplatform.admin.account.web;
