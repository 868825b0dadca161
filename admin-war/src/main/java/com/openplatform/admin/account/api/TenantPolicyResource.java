package com.openplatform.admin.account.api;

import com.openplatform.accounts.tenant.TenantPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's enforcement policy (§2.1.3, §2.8): read by trust &amp; safety, set by admins. */
@Path("/policy")
@Tag(name = "accounts")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"tenant-admin", "trust-safety"})
@Produces(MediaType.APPLICATION_JSON)
public class TenantPolicyResource {

  @EJB TenantPolicies policies;

  @GET
  @Operation(operationId = "getTenantPolicy", summary = "The tenant's enforcement policy")
  public TenantPolicies.Policy get() {
    return policies.get();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setTenantPolicy",
      summary = "Whether a restricted account's applications stop serving users (§2.1.3, §2.8)")
  public TenantPolicies.Policy set(TenantPolicies.Policy policy) {
    return policies.set(policy);
  }
}
