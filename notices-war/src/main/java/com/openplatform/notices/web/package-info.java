/** The notices pages: public announcements, a developer's inbox, staff's notices desk. */
package com.openplatform.notices.web;
