package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.RegistrationRequest;
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

/**
 * Registration of a developer account by email on this tenant's portal (§2.1.1, §2.1.2), open to
 * anyone: register, confirm the mailed link, ask for a new link.
 */
@Path("/registrations")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @EJB AccountRegistration registration;
  @EJB AccountConfirmation confirmation;
  @Context UriInfo uri;

  /** Creates a pending account and mails a confirmation link to its address. */
  @POST
  public Response register(RegistrationDto body) {
    var request = body == null ? null : new RegistrationRequest(body.email(), body.password());
    AccountDto account = AccountDto.of(registration.register(request));
    return Response.created(uri.getBaseUriBuilder().path("accounts/me").build())
        .entity(account)
        .build();
  }

  /**
   * Registers with a QQ number (§2.1.1): the account signs in with it, and must link an email
   * before doing anything else.
   */
  @POST
  @Path("/qq")
  public Response registerWithQq(QqRegistrationDto body) {
    AccountDto account =
        AccountDto.of(
            registration.registerWithQq(
                body == null ? null : body.qqNumber(), body == null ? null : body.password()));
    return Response.created(uri.getBaseUriBuilder().path("accounts/me").build())
        .entity(account)
        .build();
  }

  /** Follows a mailed link: the account becomes active (or its email is linked) and may sign in. */
  @POST
  @Path("/confirmations")
  public AccountDto confirm(ConfirmationDto body) {
    return AccountDto.of(confirmation.confirm(body == null ? null : body.token()));
  }

  /** Mails a new link to a pending account; 202 whatever the address, so none can be probed. */
  @POST
  @Path("/confirmation-requests")
  public Response resend(EmailDto body) {
    confirmation.resend(body == null ? null : body.email());
    return Response.accepted().build();
  }
}
