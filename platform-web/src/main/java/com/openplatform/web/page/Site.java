package com.openplatform.web.page;

import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The tenant's site as the layout shows it: its name and who is signed in. */
@Named
@RequestScoped
public class Site {

  public String getTenant() {
    return TenantContext.current().map(c -> c.tenant().value()).orElse("");
  }

  public String getName() {
    return TenantContext.current().map(c -> c.tenant().displayName()).orElse("Open Platform");
  }

  public boolean isSignedIn() {
    return TenantContext.current().map(Caller::authenticated).orElse(false);
  }

  public String getUsername() {
    return TenantContext.current().map(Caller::username).orElse(null);
  }
}
