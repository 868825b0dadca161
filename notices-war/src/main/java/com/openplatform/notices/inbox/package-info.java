/** A developer's own notices: inbox, prompts, deliveries, commercial opt-outs (§6.1–§6.3). */
package com.openplatform.notices.inbox;
