package com.openplatform.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeRequestTest {

  @Test
  void aRequestCrossesTheQueueUnchanged() {
    NoticeRequest request =
        new NoticeRequest(
            "fee.announced",
            NoticeKind.LEGAL,
            Audience.segment(new Segment("ACTIVE", null, true, null, null)),
            Set.of(Channel.EMAIL, Channel.INBOX),
            Map.of("price", "300.00 CNY"),
            "fee:42");
    assertThat(NoticeRequests.fromJson(NoticeRequests.toJson(request))).isEqualTo(request);
    NoticeRequest one = NoticeRequest.legalTo("dev-1", "app.decided", Map.of(), "app:1:approved");
    assertThat(NoticeRequests.fromJson(NoticeRequests.toJson(one))).isEqualTo(one);
  }

  @Test
  void anAudienceSaysWhoItIsFor() {
    assertThatThrownBy(() -> new Audience(Audience.Type.DEVELOPER, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Audience.all().segment()).isEqualTo(Segment.EVERYONE);
    assertThat(new Audience(Audience.Type.ALL, "x", null).developerId()).isNull();
    assertThat(new Segment(null, null, true, null, null).needsOtherModules()).isTrue();
    assertThat(Segment.EVERYONE.needsOtherModules()).isFalse();
  }

  @Test
  void aNoticeGoesOutSomewhere() {
    assertThatThrownBy(
            () -> new NoticeRequest("t", NoticeKind.LEGAL, Audience.all(), Set.of(), Map.of(), "k"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NoticeRequests.fromJson("{\"topic\":"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
