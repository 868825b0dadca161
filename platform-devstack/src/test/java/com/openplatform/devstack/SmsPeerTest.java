package com.openplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMS peer speaks SMPP 3.4 with a real jsmpp client: binds, UCS-2, concatenated parts. */
class SmsPeerTest {

  @TempDir Path dir;

  private StackConfig config() {
    return new StackConfig(dir, 30000, dir, dir, dir, "x", List.of("demo"));
  }

  private static SMPPSession bound(int port, String password) throws Exception {
    return SmsPeer.client(port, password);
  }

  private static void submit(SMPPSession s, byte[] body, boolean udh, Alphabet alphabet)
      throws Exception {
    s.submitShortMessage(
        "CMT",
        TypeOfNumber.ALPHANUMERIC,
        NumberingPlanIndicator.UNKNOWN,
        "OpenPlatform",
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "8613800000000",
        new ESMClass(
            MessageMode.DEFAULT,
            MessageType.DEFAULT,
            udh ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT),
        (byte) 0,
        (byte) 1,
        null,
        null,
        new RegisteredDelivery(),
        (byte) 0,
        new GeneralDataCoding(alphabet),
        (byte) 0,
        body);
  }

  @Test
  void chineseAndConcatenatedMessagesArriveWholeAndReadable() throws Exception {
    try (SmsPeer peer = SmsPeer.start(config())) {
      SMPPSession s = bound(config().smppPort(), SmsPeer.PASSWORD);
      submit(s, "Code: 123456".getBytes(StandardCharsets.US_ASCII), false, Alphabet.ALPHA_DEFAULT);
      submit(s, "平台通知".getBytes(StandardCharsets.UTF_16BE), false, Alphabet.ALPHA_UCS2);
      byte[] one = "第一部分".getBytes(StandardCharsets.UTF_16BE);
      byte[] two = "第二部分".getBytes(StandardCharsets.UTF_16BE);
      submit(s, concat(new byte[] {5, 0, 3, 42, 2, 2}, two), true, Alphabet.ALPHA_UCS2);
      submit(s, concat(new byte[] {5, 0, 3, 42, 2, 1}, one), true, Alphabet.ALPHA_UCS2);
      s.unbindAndClose();
      List<SmsPeer.Sms> got = peer.to("8613800000000");
      assertThat(got)
          .extracting(SmsPeer.Sms::text)
          .containsExactly("Code: 123456", "平台通知", "第一部分第二部分");
      assertThat(got.get(1).dataCoding()).isEqualTo(8);
      assertThat(got.get(2).parts()).isEqualTo(2);
      assertThat(Files.readString(peer.log())).contains("第一部分第二部分").contains("(2 parts)");
    }
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    try (SmsPeer peer = SmsPeer.start(config())) {
      assertThatThrownBy(() -> bound(config().smppPort(), "wrong")).isInstanceOf(Exception.class);
      assertThat(peer.received()).isEmpty();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
