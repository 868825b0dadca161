package com.openplatform.admin.verification.api;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.billing.verification.VerificationDesk;
import com.openplatform.billing.verification.VerificationDesk.Assignment;
import com.openplatform.billing.verification.VerificationDesk.DayBalance;
import com.openplatform.billing.verification.VerificationDesk.Decision;
import com.openplatform.billing.verification.VerificationDesk.OrderDetail;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.web.page.Downloads;
import com.openplatform.web.paging.PageDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification orders for staff (§2.4): the review queue and decisions (reviewers), refunds and the
 * ledger's daily balance (finance). Roles are checked in the EJB.
 */
@Path("/")
@Tag(name = "verification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationDeskResource {

  @EJB VerificationDesk desk;

  @GET
  @Path("verification-orders")
  @Operation(
      operationId = "listVerificationOrders",
      summary = "Orders by state, oldest first; without a state: paid and awaiting a decision")
  public PageDto<OrderView> list(
      @QueryParam("state")
          @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "all",
                        "AWAITING_PAYMENT",
                        "PAID",
                        "IN_REVIEW",
                        "APPROVED",
                        "REJECTED",
                        "EXPIRED",
                        "REFUNDED"
                      }))
          String state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.queue(state, new PageRequest(first, max)), o -> o);
  }

  @GET
  @Path("verification-orders/{id}")
  @Operation(operationId = "getVerificationOrder", summary = "An order with its ledger entries")
  public OrderDetail get(@PathParam("id") String id) {
    return desk.order(id);
  }

  @POST
  @Path("verification-orders/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideVerificationOrder",
      summary = "Approve (valid for the tenant's period) or reject with reasons a paid order")
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = OrderDetail.class)))
  @APIResponse(responseCode = "409", description = "The order is not paid or already decided")
  public OrderDetail decide(@PathParam("id") String id, Decision decision) {
    return desk.decide(id, decision);
  }

  @PUT
  @Path("verification-orders/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "assignVerificationOrder",
      summary =
          "Entrust an undecided order's review to a reviewer organisation (§2.4.2), or give it"
              + " back to staff")
  @APIResponse(
      responseCode = "200",
      description = "Assigned",
      content = @Content(schema = @Schema(implementation = OrderDetail.class)))
  @APIResponse(
      responseCode = "409",
      description = "The order is decided, or the organisation is inactive")
  public OrderDetail assign(@PathParam("id") String id, Assignment assignment) {
    return desk.assign(id, assignment);
  }

  @GET
  @Path("verification-orders/{id}/materials")
  @Operation(
      operationId = "getVerificationOrderMaterials",
      summary = "The developer's current qualification materials, for the order's reviewer")
  public MaterialsView materials(@PathParam("id") String id) {
    return desk.materials(id);
  }

  @GET
  @Path("verification-orders/{id}/materials/documents/{document}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadVerificationOrderDocument",
      summary = "A document of those materials")
  @APIResponse(responseCode = "200", description = "The content, with its media type")
  public Response document(@PathParam("id") String id, @PathParam("document") String documentId) {
    DocumentContent d = desk.document(id, documentId);
    return Downloads.of(d.document().fileName(), d.document().mediaType(), d.content());
  }

  @POST
  @Path("verification-orders/{id}/refund")
  @Operation(
      operationId = "refundVerificationOrder",
      summary = "Pay the fee back: a negative ledger entry (paid or rejected orders)")
  @APIResponse(
      responseCode = "200",
      description = "Refunded: the order with its refund entry",
      content = @Content(schema = @Schema(implementation = OrderDetail.class)))
  @APIResponse(responseCode = "409", description = "Not refundable in the order's state")
  public OrderDetail refund(@PathParam("id") String id) {
    return desk.refund(id);
  }

  @GET
  @Path("ledger/days/{day}")
  @Operation(
      operationId = "getLedgerDay",
      summary = "A UTC day's ledger total against the orders paid and refunded that day")
  public List<DayBalance> day(
      @PathParam("day") @Parameter(schema = @Schema(format = "date")) String day) {
    try {
      return desk.balance(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("day", "invalid", null)));
    }
  }
}
