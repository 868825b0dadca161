/**
 * Paid services (§2.3, §2.4): fee schedules, verification orders, payments, the ledger and the
 * verification fee report. Domain packages arrive with their issues.
 */
package com.openplatform.billing;
