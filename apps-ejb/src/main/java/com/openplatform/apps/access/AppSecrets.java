package com.openplatform.apps.access;

import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AppSecrets and the secrets Keycloak keeps for them. A developer is shown a random AppSecret once;
 * the app's confidential client in the tenant's realm gets HMAC-SHA256(tenant key, AppID ":"
 * AppSecret) instead. So the AppSecret works only at the platform's token endpoint, which checks
 * the app's standing and IP allow-list before it asks Keycloak — the realm's own token endpoint
 * refuses it. Neither the AppSecret nor the client's secret is stored by the platform; the tenant
 * key is (one per tenant, made on first use, the same on every node).
 */
@ApplicationScoped
public class AppSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CredentialKeys store;

  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  /** A new AppSecret: 32 random bytes, base64url without padding (43 characters). */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The secret the app's Keycloak client has for this AppSecret. */
  public String clientSecret(TenantId tenant, String appId, String appSecret) {
    return derive(key(tenant), appId, appSecret);
  }

  static String derive(byte[] key, String appId, String appSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal((appId + ":" + appSecret).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key(TenantId tenant) {
    byte[] known = keys.get(tenant.value());
    if (known != null) {
      return known;
    }
    byte[] key = store.load(tenant.value());
    keys.put(tenant.value(), key);
    return key;
  }
}
