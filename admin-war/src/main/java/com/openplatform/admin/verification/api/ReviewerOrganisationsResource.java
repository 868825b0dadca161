package com.openplatform.admin.verification.api;

import com.openplatform.billing.reviewer.ReviewerOrganisations;
import com.openplatform.billing.reviewer.ReviewerOrganisations.MemberView;
import com.openplatform.billing.reviewer.ReviewerOrganisations.NewMember;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationDetail;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationForm;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Entrusted third-party reviewer organisations (§2.4.2) and their sign-ins, kept by tenant
 * administrators; reviewers and finance list them. Roles are checked in the EJB.
 */
@Path("/reviewer-organisations")
@Tag(name = "verification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewerOrganisationsResource {

  @EJB ReviewerOrganisations organisations;

  @GET
  @Operation(operationId = "listReviewerOrganisations", summary = "Every organisation, by name")
  public List<OrganisationView> list() {
    return organisations.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createReviewerOrganisation", summary = "Record an organisation")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "409", description = "Another organisation has the name")
  public Response create(OrganisationForm form) {
    return Response.status(Response.Status.CREATED).entity(organisations.create(form)).build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getReviewerOrganisation", summary = "An organisation with its sign-ins")
  public OrganisationDetail get(@PathParam("id") String id) {
    return organisations.get(id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateReviewerOrganisation",
      summary = "Rename, change the contact, or (de)activate; inactive: its reviewers see nothing")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)))
  @APIResponse(responseCode = "409", description = "Another organisation has the name")
  public OrganisationView update(@PathParam("id") String id, OrganisationForm form) {
    return organisations.update(id, form);
  }

  @POST
  @Path("/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addReviewerOrganisationMember",
      summary = "A new sign-in for the organisation, with its first password")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The address already signs in here, or the organisation is inactive")
  public Response addMember(@PathParam("id") String id, NewMember member) {
    return Response.status(Response.Status.CREATED)
        .entity(organisations.addMember(id, member))
        .build();
  }

  @DELETE
  @Path("/{id}/members/{member}")
  @Operation(
      operationId = "removeReviewerOrganisationMember",
      summary = "End a sign-in: it can't sign in again")
  @APIResponse(responseCode = "204", description = "Removed")
  public void removeMember(@PathParam("id") String id, @PathParam("member") String member) {
    organisations.removeMember(id, member);
  }
}
