/**
 * A developer's standing: the gates every developer operation passes — email linked (§2.1.1),
 * agreement accepted (§8.1), not restricted (§2.1.3) — checked in the EJB tier.
 */
package com.openplatform.accounts.standing;
