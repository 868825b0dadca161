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

/**
 * The developer service agreement in force (§8.1): read it, accept it, or refuse it in writing
 * (§5.1, §6.4 — which terminates the account).
 */
@Path("/agreement")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

  @EJB AgreementAcceptance acceptance;
  @Context HttpServletRequest request;

  /** 200 with the version in force, or 204 when the tenant has published none. */
  @GET
  public Response current() {
    return acceptance
        .current()
        .map(v -> Response.ok(AgreementDto.of(v)))
        .orElse(Response.noContent())
        .build();
  }

  @POST
  @Path("/acceptances")
  @Consumes(MediaType.APPLICATION_JSON)
  public AgreementDto accept(DecisionDto body) {
    return AgreementDto.of(
        acceptance.accept(body == null ? null : body.versionId(), Origins.of(request)));
  }

  @POST
  @Path("/refusals")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountDto refuse(DecisionDto body) {
    return AccountDto.of(
        acceptance.refuse(
            body == null ? null : body.versionId(),
            body == null ? null : body.statement(),
            Origins.of(request)));
  }
}
