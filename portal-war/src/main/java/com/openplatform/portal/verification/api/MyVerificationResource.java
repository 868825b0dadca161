package com.openplatform.portal.verification.api;

import com.openplatform.billing.payment.wechat.WeChatPay;
import com.openplatform.billing.verification.MyVerification;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.billing.verification.VerificationStatus;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in developer's verification (§2.4): status, ordering at the price in force, history
 * and receipts, and the sandbox payer of the demo. The rules live in the EJB.
 */
@Path("/verification")
@Tag(name = "verification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyVerificationResource {

  @EJB MyVerification verification;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "getMyVerification",
      summary = "Whether the caller is verified, until when, and whether an order is possible now")
  public VerificationStatus status() {
    return verification.status();
  }

  @POST
  @Path("/orders")
  @Operation(
      operationId = "orderVerification",
      summary = "Order verification at the price in force (§2.3, §2.4)")
  @APIResponse(
      responseCode = "201",
      description = "Ordered; pay before payBy",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Materials incomplete, an order is open, or verified and outside the renewal window")
  public Response order() {
    OrderView order = verification.apply();
    return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
        .entity(order)
        .build();
  }

  @GET
  @Path("/orders")
  @Operation(
      operationId = "listMyVerificationOrders",
      summary = "The caller's orders, newest first")
  public PageDto<OrderView> orders(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(verification.mine(new PageRequest(first, max)), o -> o);
  }

  @GET
  @Path("/orders/{id}")
  @Operation(
      operationId = "getMyVerificationOrder",
      summary = "One of the caller's orders: its receipt once paid")
  public OrderView get(@PathParam("id") String id) {
    return verification.get(id);
  }

  @POST
  @Path("/orders/{id}/sandbox-payment")
  @Operation(
      operationId = "payInSandbox",
      summary = "Demo only: the sandbox plays the payer and reports the payment (404 elsewhere)")
  @APIResponse(
      responseCode = "200",
      description = "Paid (paying again changes nothing)",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "409", description = "Not payable: expired or decided")
  public OrderView pay(@PathParam("id") String id) {
    return verification.payInSandbox(id);
  }

  @POST
  @Path("/orders/{id}/wechat-code")
  @Operation(
      operationId = "payWithWeChat",
      summary =
          "A WeChat Pay code (Native payment) to scan for this order; the order is paid when WeChat"
              + " Pay notifies the payment")
  @APIResponse(
      responseCode = "200",
      description = "The code to scan, and until when the order takes the payment",
      content = @Content(schema = @Schema(implementation = WeChatPay.NativeCode.class)))
  @APIResponse(responseCode = "404", description = "No such order, or WeChat Pay not offered")
  @APIResponse(responseCode = "409", description = "Not payable: expired or paid")
  @APIResponse(responseCode = "502", description = "WeChat Pay refused or answered unsigned")
  @APIResponse(responseCode = "503", description = "WeChat Pay unreachable; nothing charged")
  public WeChatPay.NativeCode payWithWeChat(@PathParam("id") String id) {
    return verification.payWithWeChat(id);
  }
}
