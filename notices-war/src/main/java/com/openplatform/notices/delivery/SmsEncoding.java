package com.openplatform.notices.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text becomes SMPP 3.4 {@code short_message} parts: the GSM default alphabet ({@code
 * data_coding} 0) when every character is one that alphabet writes as in ASCII, else UCS-2 ({@code
 * data_coding} 8, UTF-16BE; Chinese); one part up to 160 / 70 characters, else concatenated parts
 * of 153 / 67 characters, each after a user data header (IEI 0x00, 8-bit reference, {@code
 * esm_class} 0x40), never splitting a surrogate pair.
 */
public final class SmsEncoding {

  public static final byte GSM = 0;
  public static final byte UCS2 = 8;

  /** Characters the GSM 03.38 default alphabet has at the same code as ASCII. */
  private static final String GSM_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \n\r!\"#%&'()*+,-./:;<=>?";

  private SmsEncoding() {}

  /** One {@code short_message}: its bytes (with the header when concatenated). */
  public record Part(byte[] body, boolean concatenated, byte dataCoding) {}

  public static List<Part> parts(String text, int reference) {
    boolean gsm = text.chars().allMatch(c -> GSM_SAFE.indexOf(c) >= 0);
    int single = gsm ? 160 : 70;
    int each = gsm ? 153 : 67;
    byte coding = gsm ? GSM : UCS2;
    if (text.length() <= single) {
      return List.of(new Part(encode(text, gsm), false, coding));
    }
    List<String> chunks = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + each);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      chunks.add(text.substring(at, end));
      at = end;
    }
    if (chunks.size() > 255) {
      throw new IllegalArgumentException("an SMS of more than 255 parts");
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      byte[] content = encode(chunks.get(i), gsm);
      byte[] body = new byte[6 + content.length];
      body[0] = 5;
      body[1] = 0;
      body[2] = 3;
      body[3] = (byte) reference;
      body[4] = (byte) chunks.size();
      body[5] = (byte) (i + 1);
      System.arraycopy(content, 0, body, 6, content.length);
      parts.add(new Part(body, true, coding));
    }
    return parts;
  }

  private static byte[] encode(String text, boolean gsm) {
    return text.getBytes(gsm ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
  }
}
