package com.openplatform.core.identity;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of the confidential web clients, derived from one deployment key ({@code
 * op.oidc.secret-key}) so that realm provisioning and the sign-in configuration agree without a
 * stored copy of each secret.
 */
public final class ClientSecrets {

  public static final String SETTING = "op.oidc.secret-key";
  private static final String DEV_KEY = "open-platform-development-key-change-me";

  private ClientSecrets() {}

  public static String of(TenantId tenant, PlatformClient client) {
    return derive(Settings.get(SETTING, DEV_KEY), tenant.value() + "/" + client.clientId());
  }

  static String derive(String key, String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
