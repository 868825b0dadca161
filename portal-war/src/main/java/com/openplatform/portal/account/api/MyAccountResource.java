package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.MyAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
}
