package com.openplatform.admin.application.api;

import com.openplatform.apps.access.AccessDecisions;
import com.openplatform.apps.access.AccessDecisions.Decision;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator runtime's access decision (§2.8.2): {@code GET
 * /access-decisions/{appId}?use=new-user} or {@code existing-user}. The hot path: answered from
 * memory.
 */
@Path("/access-decisions")
@Tag(name = "apps")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessDecisionsResource {

  @EJB AccessDecisions decisions;

  @GET
  @Path("/{appId}")
  @Operation(
      operationId = "decideAccess",
      summary = "May a new user start using the app, may an existing user still sign in (§2.8.2)")
  public Decision decide(@PathParam("appId") String appId, @QueryParam("use") String use) {
    return decisions.decide(appId, use);
  }
}
