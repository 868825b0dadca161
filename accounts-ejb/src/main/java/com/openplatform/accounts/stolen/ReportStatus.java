package com.openplatform.accounts.stolen;

/** Where a stolen-account report stands (§2.1.6). */
public enum ReportStatus {
  RECEIVED,
  VERIFYING,
  CONFIRMED,
  REJECTED
}
