package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.MyAccount;
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

/** The signed-in developer's own account. There is no way to name another account here. */
@Path("/accounts/me")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyAccountResource {

  @EJB MyAccount myAccount;

  @GET
  public AccountDto show() {
    return AccountDto.of(myAccount.show());
  }

  @PATCH
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
  @Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response linkEmail(EmailDto body) {
    myAccount.linkEmail(body == null ? null : body.email());
    return jakarta.ws.rs.core.Response.accepted().build();
  }

  /** Always refused with 409: the registered email is permanent (§2.1.1). */
  @PUT
  @Path("/email")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto changeEmail(EmailDto body) {
    return AccountDto.of(myAccount.changeEmail(body == null ? null : body.email()));
  }

  /** Always refused with 409: accounts cannot be transferred, given or inherited (§2.1.1). */
  @POST
  @Path("/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto transfer(TransferDto body) {
    return AccountDto.of(myAccount.transfer(body == null ? null : body.recipient()));
  }
}
