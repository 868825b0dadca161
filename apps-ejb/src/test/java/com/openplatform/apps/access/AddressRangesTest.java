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
}
