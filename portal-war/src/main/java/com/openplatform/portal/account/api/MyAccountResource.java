package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.MyAccount;
import com.openplatform.web.api.ApiContract;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in developer's own account. There is no way to name another account here. */
@Path("/accounts/me")
@Tag(name = "account")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyAccountResource {

  @EJB MyAccount myAccount;

  @GET
  @Operation(operationId = "getMyAccount", summary = "The signed-in developer's account")
  public AccountDto show() {
    return AccountDto.of(myAccount.show());
  }

  @PATCH
  @Operation(operationId = "renameMyAccount", summary = "Change the display name")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto rename(DisplayNameDto body) {
    return AccountDto.of(myAccount.rename(body == null ? null : body.displayName()));
  }

  /**
   * §2.1.1: an account registered with a QQ number asks to link an email; a link is mailed to it.
   * 202; refused once an email is linked (it is permanent).
   */
  @POST
  @Path("/email-link")
  @Operation(
      operationId = "linkEmail",
      summary = "An account registered with a QQ number links an email (§2.1.1)")
  @APIResponse(responseCode = "202", description = "A link was mailed to the address")
  @APIResponse(
      responseCode = "409",
      description = "An email is linked already, or the address is taken")
  @APIResponse(responseCode = "429", description = "Too many requests for this address or client")
  @Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response linkEmail(EmailDto body) {
    myAccount.linkEmail(body == null ? null : body.email());
    return jakarta.ws.rs.core.Response.accepted().build();
  }

  /** Always refused with 409: the registered email is permanent (§2.1.1). */
  @PUT
  @Path("/email")
  @Operation(
      operationId = "changeEmail",
      extensions = @Extension(name = ApiContract.ALWAYS_REFUSED, value = "true", parseValue = true),
      summary = "Always refused: the registered email is permanent (§2.1.1)")
  @APIResponse(responseCode = "409", description = "Refused: the email can't change")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto changeEmail(EmailDto body) {
    return AccountDto.of(myAccount.changeEmail(body == null ? null : body.email()));
  }

  /** Always refused with 409: accounts cannot be transferred, given or inherited (§2.1.1). */
  @POST
  @Path("/transfers")
  @Operation(
      operationId = "transferAccount",
      extensions = @Extension(name = ApiContract.ALWAYS_REFUSED, value = "true", parseValue = true),
      summary = "Always refused: accounts can't be transferred, given or inherited (§2.1.1)")
  @APIResponse(responseCode = "409", description = "Refused: accounts can't be transferred")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto transfer(TransferDto body) {
    return AccountDto.of(myAccount.transfer(body == null ? null : body.recipient()));
  }
}
