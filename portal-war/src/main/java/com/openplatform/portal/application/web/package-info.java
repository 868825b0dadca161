/** The developer's application pages: my apps, register, one app with its AppSecret. */
package com.openplatform.portal.application.web;
