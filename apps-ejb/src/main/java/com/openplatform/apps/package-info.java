/**
 * Applications (§2.5–§2.8): registration, review, credentials and the access decision of the
 * platform's runtime. Domain packages arrive with their issues.
 */
package com.openplatform.apps;
