/** The notices REST API ({@code /notices/api}): staff, developers, the public. */
package com.openplatform.notices.api;
