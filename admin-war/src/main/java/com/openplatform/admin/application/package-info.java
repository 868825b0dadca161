/** Staff's side of applications: review, protected marks, the runtime access decision. */
package com.openplatform.admin.application;
