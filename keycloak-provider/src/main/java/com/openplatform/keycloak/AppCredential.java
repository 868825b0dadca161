package com.openplatform.keycloak;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What the platform writes on an application's client in the tenant's realm, and how a token
 * request is held against it. Pure logic, no Keycloak types: {@link AppCredentialAuthenticator}
 * reads the attributes and asks here.
 *
 * <ul>
 *   <li>{@value #SECRET_ATTRIBUTE}: SHA-256 of the AppSecret's UTF-8 bytes, base64url without
 *       padding. The AppSecret itself is stored nowhere (the platform shows it once); it is 32
 *       random bytes, so a plain digest cannot be reversed by guessing.
 *   <li>{@value #ALLOW_LIST_ATTRIBUTE}: the app's IP allow-list, canonical addresses and CIDR
 *       blocks separated by spaces; absent or empty allows every address.
 * </ul>
 */
public final class AppCredential {

  /** The client attribute holding the AppSecret's digest. */
  public static final String SECRET_ATTRIBUTE = "op.app-secret-sha256";

  /** The client attribute holding the IP allow-list. */
  public static final String ALLOW_LIST_ATTRIBUTE = "op.ip-allow-list";

  /** The longest AppSecret looked at; anything longer is wrong without hashing it. */
  static final int SECRET_MAX = 100;

  private AppCredential() {}

  /** Whether {@code presented} is the AppSecret whose digest is {@code stored}. */
  public static boolean secretMatches(String stored, String presented) {
    if (stored == null || stored.isEmpty() || presented == null || presented.isEmpty()) {
      return false;
    }
    if (presented.length() > SECRET_MAX) {
      return false;
    }
    byte[] expected = stored.getBytes(StandardCharsets.US_ASCII);
    byte[] actual = digest(presented).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /** The digest the platform stores for an AppSecret. */
  public static String digest(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether a request from {@code address} may use the credentials under {@code allowList} (the
   * attribute's value). An IPv4 caller seen as an IPv4-mapped IPv6 address matches its IPv4
   * entries; an address that does not parse is refused when there is a list; an entry that does not
   * parse (the platform writes only checked ones) matches nothing.
   */
  public static boolean addressAllowed(String allowList, String address) {
    if (allowList == null || allowList.isBlank()) {
      return true;
    }
    IPAddress caller = address == null ? null : new IPAddressString(address.strip()).getAddress();
    if (caller == null) {
      return false;
    }
    if (caller.isIPv6() && caller.isIPv4Convertible()) {
      caller = caller.toIPv4();
    }
    for (String entry : allowList.strip().split("\\s+")) {
      IPAddress range = new IPAddressString(entry).getAddress();
      if (range != null
          && range.getIPVersion() == caller.getIPVersion()
          && range.toPrefixBlock().contains(caller)) {
        return true;
      }
    }
    return false;
  }
}
