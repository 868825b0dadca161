package com.openplatform.bench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The baseline of the request-path benchmark: a signed-in endpoint that does nothing, added to the
 * portal's API only in the benchmark's copy of the EAR, so it passes the same token check, caller
 * filter and JSON writer as {@code /accounts/me} and nothing else.
 */
@Path("/bench/noop")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class NoopResource {

  @GET
  public Map<String, String> noop() {
    return Map.of("ok", "true");
  }
}
