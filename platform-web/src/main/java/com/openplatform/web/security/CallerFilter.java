package com.openplatform.web.security;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Binds the {@link Caller} of every request: the tenant from the host name, and — when signed in —
 * the subject and realm roles of the token, whose realm must be that same tenant. A host that names
 * no tenant of this deployment answers 404 and reaches nothing.
 */
@WebFilter(urlPatterns = "/*", filterName = "caller")
public class CallerFilter extends HttpFilter {

  private final TenantHosts hosts = TenantHosts.fromSettings();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Discovery.reached();
    Optional<TenantId> tenant = hosts.tenantOf(request.getServerName());
    if (tenant.isEmpty() || !TenantDirectory.isKnown(tenant.get())) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND, "No open platform is served at this address");
      return;
    }
    Caller caller = callerOf(tenant.get(), request.getUserPrincipal());
    if (caller == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    caller =
        caller.from(
            clientAddress(
                Settings.flag("op.proxy-forwarding"),
                java.util.Collections.list(request.getHeaders("X-Forwarded-For")),
                request.getRemoteAddr()));
    try (TenantContext.Binding ignored = TenantContext.bind(caller)) {
      chain.doFilter(request, response);
    }
  }

  /**
   * The client's address as the limits per client see it. Behind the operator's proxy ({@code
   * op.proxy-forwarding}) it is the last entry of {@code X-Forwarded-For}: the one the proxy itself
   * added (or wrote, if it replaces the header) — the entries before it are whatever the client
   * sent, so a caller could pick the address the limits count (issue 22; Undertow's own forwarding
   * takes the first). Without a proxy, the connection's peer.
   */
  static String clientAddress(boolean behindProxy, List<String> forwardedFor, String peer) {
    if (behindProxy && forwardedFor != null && !forwardedFor.isEmpty()) {
      String[] hops = forwardedFor.get(forwardedFor.size() - 1).split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return peer;
  }

  /** The caller, or null when a token of another realm reached this tenant's site. */
  static Caller callerOf(TenantId tenant, Principal principal) {
    if (!(principal instanceof OidcPrincipal<?> oidc)) {
      return Caller.anonymous(tenant);
    }
    AccessToken token = oidc.getOidcSecurityContext().getToken();
    if (!tenant.value().equals(oidc.getOidcSecurityContext().getRealm())) {
      return null;
    }
    Set<String> roles = new HashSet<>();
    if (token.getRealmAccessClaim() != null) {
      roles.addAll(token.getRealmAccessClaim().getRoles());
    }
    return new Caller(tenant, token.getSubject(), token.getPreferredUsername(), roles);
  }
}
