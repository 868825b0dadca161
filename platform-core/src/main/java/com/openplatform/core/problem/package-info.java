/** Refusals as RFC 9457 problem details, rendered in English or Chinese. */
package com.openplatform.core.problem;
