package com.openplatform.apps.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.core.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

  private static List<String> check(String... entries) {
    List<FieldError> errors = new ArrayList<>();
    List<String> kept = AddressRanges.check(List.of(entries), "ipAllowList", errors);
    assertThat(errors).isEmpty();
    return kept;
  }

  @Test
  void anEmptyListAllowsEveryAddress() {
    assertThat(AddressRanges.of(List.of()).allows("203.0.113.9")).isTrue();
  }

  @Test
  void singleAddressesMatchOnlyThemselves() {
    AddressRanges r = AddressRanges.of(check("203.0.113.9", "2001:db8::1"));
    assertThat(r.allows("203.0.113.9")).isTrue();
    assertThat(r.allows("203.0.113.10")).isFalse();
    assertThat(r.allows("2001:db8::1")).isTrue();
    assertThat(r.allows("2001:0db8:0:0:0:0:0:1")).isTrue();
    assertThat(r.allows("2001:db8::2")).isFalse();
  }

  @Test
  void blocksMatchTheirWholeNetwork() {
    AddressRanges r = AddressRanges.of(check("10.1.2.3/8", "2001:db8:abcd::/48"));
    assertThat(r.allows("10.255.0.1")).isTrue();
    assertThat(r.allows("11.0.0.1")).isFalse();
    assertThat(r.allows("2001:db8:abcd:12::7")).isTrue();
    assertThat(r.allows("2001:db8:abce::7")).isFalse();
  }

  @Test
  void anIpv4CallerSeenAsMappedIpv6MatchesIpv4Entries() {
    AddressRanges r = AddressRanges.of(check("192.0.2.0/24"));
    assertThat(r.allows("::ffff:192.0.2.44")).isTrue();
    assertThat(r.allows("::ffff:198.51.100.1")).isFalse();
  }

  @Test
  void entriesAreKeptCanonicalAndOnce() {
    assertThat(check("10.1.2.3/8", " 10.0.0.0/8 ", "2001:0DB8::0001", ""))
        .containsExactly("10.0.0.0/8", "2001:db8::1");
  }

  @Test
  void refusesWhatIsNoAddressOrBlock() {
    for (String bad :
        new String[] {"example.com", "300.1.1.1", "10.0.0.0/33", "1.2.3.*", "1.2.3.4-9", "x/8"}) {
      List<FieldError> errors = new ArrayList<>();
      AddressRanges.check(List.of(bad), "ipAllowList", errors);
      assertThat(errors).as(bad).extracting(FieldError::field).containsExactly("ipAllowList");
    }
  }

  @Test
  void refusesTooMany() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= AddressRanges.MAX; i++) {
      many.add("192.0.2." + i);
    }
    List<FieldError> errors = new ArrayList<>();
    assertThat(AddressRanges.check(many, "ipAllowList", errors)).isEmpty();
    assertThat(errors).extracting(FieldError::code).containsExactly("too-many");
  }

  @Test
  void anUnreadableCallerAddressIsNotAllowedByAList() {
    AddressRanges r = AddressRanges.of(check("192.0.2.1"));
    assertThat(r.allows(null)).isFalse();
    assertThat(r.allows("not an address")).isFalse();
  }
}
