/** The page of QQ-number account imports (§2.1.1). */
package com.openplatform.admin.qq.web;
