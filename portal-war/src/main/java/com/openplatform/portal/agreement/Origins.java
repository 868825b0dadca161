package com.openplatform.portal.agreement;

import com.openplatform.accounts.agreement.Origin;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a developer's decision came from, as this request shows it (behind a proxy, its forwarded
 * address).
 */
public final class Origins {

  private Origins() {}

  public static Origin of(HttpServletRequest request) {
    return new Origin(
        com.openplatform.core.tenancy.TenantContext.caller().clientAddress(),
        request.getHeader("User-Agent"));
  }
}
