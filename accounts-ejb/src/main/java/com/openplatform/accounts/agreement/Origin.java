package com.openplatform.accounts.agreement;

/** Where a decision came from: the client's IP address and user agent, as the web tier saw them. */
public record Origin(String ipAddress, String userAgent) {

  static final int UA_MAX = 500;

  public Origin {
    ipAddress = ipAddress == null ? null : ipAddress.substring(0, Math.min(45, ipAddress.length()));
    userAgent =
        userAgent == null ? null : userAgent.substring(0, Math.min(UA_MAX, userAgent.length()));
  }
}
