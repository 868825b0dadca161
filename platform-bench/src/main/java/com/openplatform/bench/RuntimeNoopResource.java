package com.openplatform.bench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The baseline of the access-decision benchmark: an endpoint of the staff API for the operator's
 * runtime that answers without deciding anything, added only to the benchmark's copy of the EAR. It
 * passes the same token check, caller filter, path and query parsing and JSON writer as {@code
 * /access-decisions/{appId}}.
 */
@Path("/bench/noop/{appId}")
@RequestScoped
@RolesAllowed("runtime")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeNoopResource {

  @GET
  public Map<String, Object> noop(@PathParam("appId") String appId, @QueryParam("use") String use) {
    return Map.of("appId", appId, "use", use, "allowed", true, "reason", "noop");
  }
}
