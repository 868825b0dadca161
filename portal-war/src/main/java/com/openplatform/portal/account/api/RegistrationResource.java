package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.accounts.account.AccountRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registration of a developer account by email on this tenant's portal (§2.1.1, §2.1.2), open to
 * anyone: register an address, confirm the mailed link choosing the password, ask for a new link.
 * QQ numbers can't be registered: they belong to the operator's existing users, who are imported.
 */
@Path("/registrations")
@Tag(name = "registration")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @EJB AccountRegistration registration;
  @EJB AccountConfirmation confirmation;
  @Context UriInfo uri;

  /**
   * Registers an address: a pending account and a link mailed to the address (or, for an address
   * already pending, a new link). 201 either way; 409 when the address has an account beyond
   * pending.
   */
  @POST
  @Operation(
      operationId = "register",
      summary = "Register an email address; a confirmation link is mailed to it")
  @APIResponse(
      responseCode = "201",
      description = "A pending account; the link was mailed (again, for a pending address)",
      content = @Content(schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(responseCode = "409", description = "The address has an account beyond pending")
  @APIResponse(
      responseCode = "429",
      description = "Too many registrations from this address or client")
  public Response register(RegistrationDto body) {
    AccountDto account = AccountDto.of(registration.register(body == null ? null : body.email()));
    return Response.created(uri.getBaseUriBuilder().path("accounts/me").build())
        .entity(account)
        .build();
  }

  /**
   * Confirms a mailed link: a registration becomes active with the password given here; an account
   * registered with a QQ number links the address (§2.1.1).
   */
  @POST
  @Path("/confirmations")
  @Operation(
      operationId = "confirm",
      summary = "Confirm a mailed link, choosing the password; the account becomes active")
  @APIResponse(responseCode = "200", description = "The confirmed account")
  @APIResponse(responseCode = "410", description = "The link expired or was used")
  public AccountDto confirm(ConfirmationDto body) {
    return AccountDto.of(
        confirmation.confirm(
            body == null ? null : body.token(), body == null ? null : body.password()));
  }

  /** Mails a new link to a pending account; 202 whatever the address, so none can be probed. */
  @POST
  @Path("/confirmation-requests")
  @Operation(
      operationId = "resendConfirmation",
      summary = "Mail a new link to a pending registration (answers the same for any address)")
  @APIResponse(
      responseCode = "202",
      description = "Accepted; a link is mailed if the address is pending")
  @APIResponse(responseCode = "429", description = "Too many requests for this address or client")
  public Response resend(EmailDto body) {
    confirmation.resend(body == null ? null : body.email());
    return Response.accepted().build();
  }
}
