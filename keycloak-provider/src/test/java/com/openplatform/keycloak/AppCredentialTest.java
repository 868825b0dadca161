package com.openplatform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppCredentialTest {

  private static final String SECRET = "n9K3vVqHcF0p2bX7yR1tWm4sLz8aQe6uJd5gTh0iOk";

  @Test
  void theSecretMatchesItsDigestAndNothingElse() {
    String stored = AppCredential.digest(SECRET);
    assertThat(AppCredential.secretMatches(stored, SECRET)).isTrue();
    assertThat(AppCredential.secretMatches(stored, SECRET + "x")).isFalse();
    assertThat(AppCredential.secretMatches(stored, SECRET.substring(1))).isFalse();
    assertThat(AppCredential.secretMatches(stored, stored)).isFalse();
    assertThat(AppCredential.secretMatches(stored, "")).isFalse();
    assertThat(AppCredential.secretMatches(stored, null)).isFalse();
    assertThat(AppCredential.secretMatches(null, SECRET)).isFalse();
    assertThat(AppCredential.secretMatches("", "")).isFalse();
    assertThat(AppCredential.secretMatches(stored, SECRET.repeat(3))).isFalse();
  }

  @Test
  void theDigestIsSha256InBase64UrlWithoutPadding() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(AppCredential.digest("abc"))
        .isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
  }

  @Test
  void noListAllowsEveryAddress() {
    assertThat(AppCredential.addressAllowed(null, "203.0.113.9")).isTrue();
    assertThat(AppCredential.addressAllowed("  ", "203.0.113.9")).isTrue();
  }

  @Test
  void aListAllowsItsAddressesAndBlocksOnly() {
    String list = "192.0.2.0/24 198.51.100.7 2001:db8::/32";
    assertThat(AppCredential.addressAllowed(list, "192.0.2.200")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "198.51.100.7")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "2001:db8:1::5")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "192.0.3.1")).isFalse();
    assertThat(AppCredential.addressAllowed(list, "198.51.100.8")).isFalse();
    assertThat(AppCredential.addressAllowed(list, "2001:db9::1")).isFalse();
    assertThat(AppCredential.addressAllowed(list, "127.0.0.1")).isFalse();
  }

  @Test
  void singleAddressesMatchOnlyThemselvesInAnyWriting() {
    // as the platform writes them (apps-ejb AddressRanges.check: canonical)
    String list = "203.0.113.9 2001:db8::1";
    assertThat(AppCredential.addressAllowed(list, "203.0.113.9")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "203.0.113.10")).isFalse();
    assertThat(AppCredential.addressAllowed(list, "2001:db8::1")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "2001:0db8:0:0:0:0:0:1")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "2001:db8::2")).isFalse();
  }

  @Test
  void blocksMatchTheirWholeNetwork() {
    String list = "10.0.0.0/8 2001:db8:abcd::/48";
    assertThat(AppCredential.addressAllowed(list, "10.255.0.1")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "11.0.0.1")).isFalse();
    assertThat(AppCredential.addressAllowed(list, "2001:db8:abcd:12::7")).isTrue();
    assertThat(AppCredential.addressAllowed(list, "2001:db8:abce::7")).isFalse();
  }

  @Test
  void anIpv4CallerSeenAsMappedIpv6MatchesItsIpv4Entry() {
    assertThat(AppCredential.addressAllowed("192.0.2.0/24", "::ffff:192.0.2.10")).isTrue();
    assertThat(AppCredential.addressAllowed("192.0.2.0/24", "::ffff:192.0.3.10")).isFalse();
  }

  @Test
  void anUnreadableCallerIsRefusedWhenThereIsAList() {
    assertThat(AppCredential.addressAllowed("192.0.2.0/24", null)).isFalse();
    assertThat(AppCredential.addressAllowed("192.0.2.0/24", "not-an-address")).isFalse();
    assertThat(AppCredential.addressAllowed("192.0.2.0/24", "")).isFalse();
  }

  @Test
  void anUnreadableEntryMatchesNothing() {
    assertThat(AppCredential.addressAllowed("garbage", "192.0.2.1")).isFalse();
    assertThat(AppCredential.addressAllowed("garbage 192.0.2.1", "192.0.2.1")).isTrue();
  }
}
