package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.RegistrationRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** Registration of a developer account by email on this tenant's portal (§2.1.1). Open to anyone. */
@Path("/registrations")
@RequestScoped
@PermitAll
public class RegistrationResource {

  @EJB AccountRegistration registration;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response register(RegistrationDto body) {
    var request = body == null ? null : new RegistrationRequest(body.email(), body.password());
    AccountDto account = AccountDto.of(registration.register(request));
    return Response.created(uri.getBaseUriBuilder().path("accounts/me").build())
        .entity(account)
        .build();
  }
}
