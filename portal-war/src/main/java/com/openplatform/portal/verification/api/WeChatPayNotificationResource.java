package com.openplatform.portal.verification.api;

import com.openplatform.billing.payment.wechat.WeChatPay;
import com.openplatform.billing.payment.wechat.WeChatPayNotifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * WeChat Pay's payment notifications for the tenant of this site (APIv3 style). No sign-in: the EJB
 * trusts a notification only after verifying its signature, timestamp and encryption; replays are
 * answered 204 and change nothing.
 */
@Path("/payments/wechat/notifications")
@Tag(name = "verification")
@RequestScoped
@PermitAll
public class WeChatPayNotificationResource {

  @EJB WeChatPay wechat;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "wechatPayNotification",
      summary = "A WeChat Pay payment notification (signed; RSA-SHA256, AEAD_AES_256_GCM)")
  @APIResponse(responseCode = "204", description = "Booked, or booked before")
  @APIResponse(
      responseCode = "400",
      description = "Signature, timestamp, serial or ciphertext refused; nothing written")
  @APIResponse(responseCode = "404", description = "Unknown order, or WeChat Pay not configured")
  @APIResponse(responseCode = "409", description = "The amount is not the order's price")
  public Response notify(
      @HeaderParam("Wechatpay-Timestamp") String timestamp,
      @HeaderParam("Wechatpay-Nonce") String nonce,
      @HeaderParam("Wechatpay-Signature") String signature,
      @HeaderParam("Wechatpay-Serial") String serial,
      String body) {
    wechat.notified(new WeChatPayNotifications.Headers(timestamp, nonce, signature, serial), body);
    return Response.noContent().build();
  }
}
