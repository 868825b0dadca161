package com.openplatform.notices.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

  @Test
  void plainTextIsOneGsmPartUpTo160Characters() {
    List<SmsEncoding.Part> parts = SmsEncoding.parts("x".repeat(160), 7);
    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).dataCoding()).isEqualTo(SmsEncoding.GSM);
    assertThat(parts.get(0).concatenated()).isFalse();
    assertThat(parts.get(0).body()).hasSize(160);
  }

  @Test
  void chineseIsUcs2AndSplitsAfter70Characters() {
    assertThat(SmsEncoding.parts("中".repeat(70), 1)).hasSize(1);
    List<SmsEncoding.Part> parts = SmsEncoding.parts("中".repeat(71), 9);
    assertThat(parts).hasSize(2);
    assertThat(parts).allSatisfy(p -> assertThat(p.dataCoding()).isEqualTo(SmsEncoding.UCS2));
    byte[] first = parts.get(0).body();
    assertThat(Arrays.copyOf(first, 6)).containsExactly(5, 0, 3, 9, 2, 1);
    assertThat(first).hasSize(6 + 67 * 2);
    assertThat(parts.get(1).body()[5]).isEqualTo((byte) 2);
  }

  @Test
  void concatenatedPartsGiveTheTextBackAndNeverSplitASurrogatePair() {
    String text = "通知：" + "平台维护😀".repeat(40) + " end";
    List<SmsEncoding.Part> parts = SmsEncoding.parts(text, 200);
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    for (SmsEncoding.Part p : parts) {
      byte[] content = Arrays.copyOfRange(p.body(), 6, p.body().length);
      String piece = new String(content, StandardCharsets.UTF_16BE);
      assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).isFalse();
      whole.writeBytes(content);
    }
    assertThat(new String(whole.toByteArray(), StandardCharsets.UTF_16BE)).isEqualTo(text);
    assertThat(parts.get(0).body()[3]).isEqualTo((byte) 200);
  }

  @Test
  void charactersTheGsmAlphabetWritesOtherwiseGoAsUcs2() {
    assertThat(SmsEncoding.parts("price: 5$", 0).get(0).dataCoding()).isEqualTo(SmsEncoding.UCS2);
    assertThat(SmsEncoding.parts("a_b@c", 0).get(0).dataCoding()).isEqualTo(SmsEncoding.UCS2);
    assertThat(SmsEncoding.parts("Code: 123456 (10 minutes).", 0).get(0).dataCoding())
        .isEqualTo(SmsEncoding.GSM);
  }
}
