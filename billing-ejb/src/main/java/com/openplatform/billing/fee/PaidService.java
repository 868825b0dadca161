package com.openplatform.billing.fee;

/** The services a tenant may charge for (§2.3); developer verification first (§2.4). */
public enum PaidService {
  VERIFICATION
}
