package com.openplatform.portal.agreement.api;

import com.openplatform.accounts.agreement.AgreementAcceptance;
import com.openplatform.portal.account.api.AccountDto;
import com.openplatform.portal.agreement.Origins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The developer service agreement in force (§8.1): read it, accept it, or refuse it in writing
 * (§5.1, §6.4 — which terminates the account).
 */
@Path("/agreement")
@Tag(name = "agreement")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

  @EJB AgreementAcceptance acceptance;
  @Context HttpServletRequest request;

  /** 200 with the version in force, or 204 when the tenant has published none. */
  @GET
  @Operation(
      operationId = "getAgreement",
      summary = "The agreement version in force, and whether the caller accepted it")
  @APIResponse(
      responseCode = "200",
      description = "The version in force",
      content = @Content(schema = @Schema(implementation = AgreementDto.class)))
  @APIResponse(responseCode = "204", description = "The tenant has published no agreement")
  public Response current() {
    return acceptance
        .current()
        .map(v -> Response.ok(AgreementDto.of(v)))
        .orElse(Response.noContent())
        .build();
  }

  @POST
  @Path("/acceptances")
  @Operation(operationId = "acceptAgreement", summary = "Accept the version in force (§8.1)")
  @APIResponse(responseCode = "200", description = "The accepted version")
  @APIResponse(responseCode = "409", description = "That version is not the one in force")
  @Consumes(MediaType.APPLICATION_JSON)
  public AgreementDto accept(DecisionDto body) {
    return AgreementDto.of(
        acceptance.accept(body == null ? null : body.versionId(), Origins.of(request)));
  }

  @POST
  @Path("/refusals")
  @Operation(
      operationId = "refuseAgreement",
      summary = "Refuse the version in force in writing; this terminates the account (§5.1, §6.4)")
  @APIResponse(responseCode = "200", description = "The account, now terminated")
  @APIResponse(responseCode = "409", description = "That version is not the one in force")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto refuse(DecisionDto body) {
    return AccountDto.of(
        acceptance.refuse(
            body == null ? null : body.versionId(),
            body == null ? null : body.statement(),
            Origins.of(request)));
  }
}
