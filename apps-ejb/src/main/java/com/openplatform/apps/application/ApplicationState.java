package com.openplatform.apps.application;

/** Where an application stands in review and enforcement. */
public enum ApplicationState {
  /** Passed the automatic checks; waiting for a reviewer (§2.5.7). */
  SUBMITTED,
  /** Approved: it has an AppID and may be used. */
  APPROVED,
  /** Rejected with reasons; the developer may change it and submit again. */
  REJECTED,
  /**
   * Taken offline (§2.8.2): it stays offline even if modified, and may return only as a new app.
   */
  OFFLINE
}
