package com.openplatform.admin.verification.api;

import com.openplatform.billing.payment.wechat.WeChatPay;
import com.openplatform.billing.payment.wechat.WeChatPay.SettingsForm;
import com.openplatform.billing.payment.wechat.WeChatPay.SettingsView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WeChat Pay merchant settings (tenant administrators; the key is never shown). */
@Path("/payment-providers/wechat")
@Tag(name = "verification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WeChatPaySettingsResource {

  @EJB WeChatPay wechat;

  @GET
  @Operation(
      operationId = "getWeChatPaySettings",
      summary = "The merchant id and certificate serials")
  public SettingsView get() {
    return wechat.settings();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setWeChatPaySettings",
      summary = "Merchant id, API v3 key and platform certificates' public keys")
  public SettingsView put(SettingsForm form) {
    return wechat.configure(form);
  }
}
