/** Stolen-account reports in the staff console (§2.1.6): REST API and queue page. */
package com.openplatform.admin.stolen;
