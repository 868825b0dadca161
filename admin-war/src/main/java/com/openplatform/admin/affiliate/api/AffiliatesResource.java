package com.openplatform.admin.affiliate.api;

import com.openplatform.accounts.affiliate.AffiliateGroups;
import com.openplatform.accounts.affiliate.EntityGroupView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Affiliated entities (§5.4, §5.7): an account's entity group, and declaring accounts affiliated.
 */
@Path("/affiliations")
@Tag(name = "affiliations")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AffiliatesResource {

  /** Accounts to declare affiliated and why. */
  public record DeclarationDto(
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              required = true,
              maxItems = AffiliateGroups.GROUP_MAX)
          List<String> accountIds,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              required = true,
              maxLength = AffiliateGroups.REASON_MAX)
          String reason) {}

  @EJB AffiliateGroups groups;

  /** The entity group of an account: members by shared registration number or declaration. */
  @GET
  @Path("/{id}")
  @RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
  @Operation(
      operationId = "getEntityGroup",
      summary = "The accounts declared or found to be one subject with this one")
  public EntityGroupView group(@PathParam("id") String accountId) {
    return groups.groupOf(accountId);
  }

  @POST
  @RolesAllowed({"trust-safety", "tenant-admin"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "declareAffiliation",
      summary = "Declare accounts to be one subject (§5.7)")
  public EntityGroupView declare(DeclarationDto body) {
    return groups.declare(
        body == null ? null : body.accountIds(), body == null ? null : body.reason());
  }
}
