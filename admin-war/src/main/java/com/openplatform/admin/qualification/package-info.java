/** Reviewers' reading of qualification materials (§2.2, §2.4). */
package com.openplatform.admin.qualification;
