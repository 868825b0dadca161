package com.openplatform.admin.stolen.api;

import com.openplatform.accounts.stolen.ReportView;
import com.openplatform.accounts.stolen.StolenAccountReports;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stolen-account reports queue (§2.1.6): verify, confirm (locks the account), reject. */
@Path("/stolen-account-reports")
@Tag(name = "stolen-accounts")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"trust-safety", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StolenReportsResource {

  /** A staff note on a step: {@code {"note": "..."}}. */
  public record NoteDto(
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              maxLength = StolenAccountReports.NOTE_MAX)
          String note) {}

  @EJB StolenAccountReports reports;

  @GET
  @Operation(
      operationId = "listStolenAccountReports",
      summary = "The queue of stolen-account reports, a page at a time")
  public PageDto<ReportView> queue(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max,
      @QueryParam("sort") String sort) {
    return PageDto.of(reports.queue(new PageRequest(first, max), sort), r -> r);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getStolenAccountReport", summary = "One report with its steps")
  public ReportView get(@PathParam("id") String id) {
    return reports.get(id);
  }

  @POST
  @Path("/{id}/verification")
  @Operation(
      operationId = "startStolenAccountVerification",
      summary = "Start verifying the reporter (§2.1.6)")
  @APIResponse(responseCode = "200", description = "The report in its new state")
  @APIResponse(responseCode = "409", description = "Not allowed in the report's state")
  public ReportView startVerification(@PathParam("id") String id, NoteDto body) {
    return reports.startVerification(id, body == null ? null : body.note());
  }

  @POST
  @Path("/{id}/confirmation")
  @Operation(
      operationId = "confirmStolenAccount",
      summary = "Confirm the report: the account is frozen (§2.1.6)")
  @APIResponse(responseCode = "200", description = "The report in its new state")
  @APIResponse(responseCode = "409", description = "Not allowed in the report's state")
  public ReportView confirm(@PathParam("id") String id, NoteDto body) {
    return reports.confirm(id, body == null ? null : body.note());
  }

  @POST
  @Path("/{id}/rejection")
  @Operation(operationId = "rejectStolenAccountReport", summary = "Reject the report")
  @APIResponse(responseCode = "200", description = "The report in its new state")
  @APIResponse(responseCode = "409", description = "Not allowed in the report's state")
  public ReportView reject(@PathParam("id") String id, NoteDto body) {
    return reports.reject(id, body == null ? null : body.note());
  }
}
