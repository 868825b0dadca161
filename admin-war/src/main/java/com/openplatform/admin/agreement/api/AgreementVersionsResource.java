package com.openplatform.admin.agreement.api;

import com.openplatform.accounts.agreement.AgreementPublishing;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's agreement versions (§8.1): tenant administrators publish, staff read. */
@Path("/agreement-versions")
@Tag(name = "agreement")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementVersionsResource {

  @EJB AgreementPublishing publishing;

  @GET
  @RolesAllowed({"reviewer", "trust-safety", "finance", "tenant-admin"})
  @Operation(
      operationId = "listAgreementVersions",
      summary = "Every published version, newest first")
  public PageDto<AgreementVersionDto> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max,
      @QueryParam("sort") String sort) {
    return PageDto.of(
        publishing.versions(new PageRequest(first, max), sort), AgreementVersionDto::of);
  }

  @POST
  @RolesAllowed("tenant-admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "publishAgreementVersion",
      summary = "Publish a version, in force from its effective time (§8.1)")
  @APIResponse(responseCode = "201", description = "The published version")
  @APIResponse(responseCode = "409", description = "The label is taken")
  public Response publish(NewAgreementVersionDto body) {
    if (body == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    AgreementVersionDto published =
        AgreementVersionDto.of(
            publishing.publish(
                body.label(), body.title(), body.body(), instant(body.effectiveAt())));
    return Response.status(201).entity(published).build();
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("effectiveAt", "invalid", null)));
    }
  }
}
