/**
 * Subject and qualification materials (§1.1, §2.2): registration numbers checked by their real
 * rules, documents checked by content, every change a new version.
 */
package com.openplatform.accounts.qualification;
