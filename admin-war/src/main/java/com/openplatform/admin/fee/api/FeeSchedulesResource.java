package com.openplatform.admin.fee.api;

import com.openplatform.billing.fee.FeeSchedules;
import com.openplatform.billing.fee.FeeSchedules.NewVersion;
import com.openplatform.billing.fee.FeeSchedules.ScheduleView;
import com.openplatform.billing.fee.FeeSchedules.VersionView;
import com.openplatform.billing.fee.PaidService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's fee schedules (§2.3); finance and tenant administrators publish (§2.3.2). */
@Path("/fee-schedules/{service}")
@Tag(name = "fees")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeeSchedulesResource {

  @EJB FeeSchedules schedules;

  @GET
  @Operation(
      operationId = "getFeeSchedule",
      summary = "A paid service's prices over time and the price in force now")
  public ScheduleView get(
      @Parameter(schema = @Schema(implementation = PaidService.class)) @PathParam("service")
          String service) {
    return schedules.schedule(service);
  }

  @POST
  @Path("/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "publishFeeVersion",
      summary =
          "Publish a price from an instant on; a rise or a new charge only after the notice period"
              + " (§2.3.2)")
  @APIResponse(
      responseCode = "201",
      description = "Published",
      content = @Content(schema = @Schema(implementation = VersionView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Not announced in time (§2.3.2), in the past, or another version at that instant")
  public Response publish(
      @Parameter(schema = @Schema(implementation = PaidService.class)) @PathParam("service")
          String service,
      NewVersion body) {
    return Response.status(201).entity(schedules.publish(service, body)).build();
  }
}
