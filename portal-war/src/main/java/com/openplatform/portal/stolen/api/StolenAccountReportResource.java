package com.openplatform.portal.stolen.api;

import com.openplatform.accounts.stolen.ReceiptView;
import com.openplatform.accounts.stolen.ReportForm;
import com.openplatform.accounts.stolen.StolenAccountReports;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reporting an account as stolen (§2.1.6), open to anyone, signed in or not. The answer says
 * whether the report is complete and, if not, what is missing.
 */
@Path("/stolen-account-reports")
@Tag(name = "stolen-accounts")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StolenAccountReportResource {

  @EJB StolenAccountReports reports;

  @POST
  @Operation(
      operationId = "reportStolenAccount",
      summary = "Report an account used or stolen without authorisation (§2.1.6)")
  @APIResponse(
      responseCode = "201",
      description = "Received; says whether the report is complete and what is missing",
      content = @Content(schema = @Schema(implementation = ReceiptView.class)))
  @APIResponse(responseCode = "429", description = "Too many reports from this client")
  public Response report(ReportForm body) {
    if (body == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    ReceiptView receipt =
        reports.submit(body, com.openplatform.core.tenancy.TenantContext.caller().clientAddress());
    return Response.status(201).entity(receipt).build();
  }
}
