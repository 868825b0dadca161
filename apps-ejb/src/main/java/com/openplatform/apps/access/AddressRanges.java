package com.openplatform.apps.access;

import com.openplatform.core.problem.Problem.FieldError;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An application's IP allow-list as the developer gives it: IPv4 and IPv6 addresses and CIDR blocks
 * (the IPAddress library parses them), kept in canonical form. An empty list allows every address.
 * The list is held against token requests inside Keycloak (keycloak-provider's {@code
 * AppCredential.addressAllowed}), where the request arrives.
 */
public final class AddressRanges {

  /** At most this many entries. */
  public static final int MAX = 20;

  /** The longest entry accepted (a full IPv6 address with a prefix length). */
  public static final int ENTRY_MAX = 50;

  private AddressRanges() {}

  /**
   * The entries in canonical form (a block as its network: {@code 10.1.2.3/8} → {@code
   * 10.0.0.0/8}), duplicates once; a field error for each entry that is no address or block, or for
   * too many.
   */
  public static List<String> check(List<String> entries, String field, List<FieldError> errors) {
    if (entries == null) {
      return List.of();
    }
    List<String> present = entries.stream().filter(e -> e != null && !e.isBlank()).toList();
    if (present.size() > MAX) {
      errors.add(new FieldError(field, "too-many", null));
      return List.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String e : present) {
      IPAddress a = e.length() > ENTRY_MAX ? null : parse(e);
      if (a == null) {
        errors.add(new FieldError(field, "invalid", null));
      } else {
        kept.add(a.toCanonicalString());
      }
    }
    return List.copyOf(kept);
  }

  private static IPAddress parse(String entry) {
    IPAddressString s = new IPAddressString(entry.strip());
    if (!s.isIPAddress()) {
      return null;
    }
    IPAddress a = s.getAddress();
    if (a == null || a.isMultiple() && !a.isPrefixed()) {
      return null;
    }
    return a.isPrefixed() ? a.toPrefixBlock() : a;
  }
}
