/**
 * The verification fee report (§2.3, §2.4) for finance: ledger entries of a period as PDF, XLSX or
 * CSV, with subtotals by month in the tenant's time zone and totals that reconcile with the ledger.
 * Pure Java on JasperReports; the EJB and the job that feed it rows live elsewhere.
 */
package com.openplatform.billing.report;
