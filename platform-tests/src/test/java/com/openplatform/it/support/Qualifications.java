package com.openplatform.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Gives a developer complete qualification materials (§2.2): details and one document. */
public final class Qualifications {

  public static final String USCC = "91350100M0001003KM";
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final String BASE = "/portal/api/accounts/me/qualification";

  private Qualifications() {}

  public static void complete(String tenant, String token) {
    complete(tenant, token, "+86 591 1234567");
  }

  /** Complete materials whose contact phone is {@code phone}. */
  public static void complete(String tenant, String token, String phone) {
    Api.Reply details =
        Api.call(
            tenant,
            "PUT",
            BASE,
            Api.json(
                Map.of(
                    "subjectType", "LEGAL_PERSON",
                    "subjectName", "张三科技有限公司",
                    "registrationNumber", USCC,
                    "contactName", "张三",
                    "contactAddress", "福州市鼓楼区 1 号",
                    "contactEmail", "zhangsan@example.com",
                    "contactPhone", phone)),
            token);
    if (details.status() != 200) {
      throw new AssertionError("materials refused: " + details.body());
    }
    Api.Reply document =
        Api.send(
            HttpRequest.newBuilder(
                    URI.create(Stack.siteOf(tenant) + BASE + "/documents?name=licence.pdf"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF))
                .build());
    if (document.status() != 201 && document.status() != 200) {
      throw new AssertionError("document refused: " + document.body());
    }
  }
}
