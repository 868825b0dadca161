package com.openplatform.admin.report.api;

import com.openplatform.billing.report.FeeReports;
import com.openplatform.billing.report.FeeReports.JobView;
import com.openplatform.billing.report.FeeReports.ReportFile;
import com.openplatform.billing.report.FeeReports.ReportRequest;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The verification fee report (finance, tenant administrators): started here, made in the
 * background, its progress polled, its file downloaded when done.
 */
@Path("/fee-reports")
@Tag(name = "reports")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeeReportsResource {

  @EJB FeeReports reports;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startFeeReport",
      summary = "Start a fee report of a period (PDF, XLSX or CSV); poll it for progress")
  @APIResponse(
      responseCode = "202",
      description = "Started",
      content = @Content(schema = @Schema(implementation = JobView.class)))
  @APIResponse(responseCode = "429", description = "Too many reports are being made")
  public Response start(ReportRequest request) {
    JobView job = reports.start(request);
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Operation(operationId = "listFeeReports", summary = "The tenant's recent reports, newest first")
  public List<JobView> list() {
    return reports.mine();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getFeeReport", summary = "A report's progress")
  public JobView get(@PathParam("id") String id) {
    return reports.job(id);
  }

  @GET
  @Path("/{id}/file")
  @Produces({
    "application/pdf",
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  @Operation(operationId = "downloadFeeReport", summary = "A finished report's file")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  @APIResponse(responseCode = "409", description = "Not done yet, or failed")
  public Response file(@PathParam("id") String id) {
    ReportFile file = reports.file(id);
    return Downloads.of(file.fileName(), file.contentType(), file.path());
  }
}
