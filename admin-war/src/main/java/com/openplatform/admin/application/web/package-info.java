/** The staff console's application review and protected-marks page. */
package com.openplatform.admin.application.web;
