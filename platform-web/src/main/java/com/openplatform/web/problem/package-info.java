/** The REST API's refusals as RFC 9457 problem details, and its strict JSON. */
package com.openplatform.web.problem;
