/** Flyway migrations of each module's tables. */
package com.openplatform.core.schema;
