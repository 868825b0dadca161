package com.openplatform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallerFilterTest {

  /** Issue 22 item 12: behind the proxy, the address it added counts, not what the client sent. */
  @Test
  void behindTheProxyTheLastForwardedEntryIsTheClient() {
    assertThat(CallerFilter.clientAddress(true, List.of("10.1.1.1, 203.0.113.7"), "127.0.0.1"))
        .isEqualTo("203.0.113.7");
    assertThat(CallerFilter.clientAddress(true, List.of("10.1.1.1", "203.0.113.7"), "127.0.0.1"))
        .isEqualTo("203.0.113.7");
    assertThat(CallerFilter.clientAddress(true, List.of("203.0.113.7"), "127.0.0.1"))
        .isEqualTo("203.0.113.7");
    assertThat(CallerFilter.clientAddress(true, List.of(), "127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(CallerFilter.clientAddress(true, List.of(" , "), "127.0.0.1"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void withoutAProxyTheHeaderIsIgnored() {
    assertThat(CallerFilter.clientAddress(false, List.of("203.0.113.7"), "192.0.2.1"))
        .isEqualTo("192.0.2.1");
  }
}
