package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Stack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subject and qualification materials (§1.1, §2.2) through the REST API: numbers checked by their
 * real rules, documents judged by content, every change a new version, nothing readable by others.
 */
class QualificationApiIT {

  static final String USCC = "91350100M0001003KM";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final String BASE = "/portal/api/accounts/me/qualification";

  private String accountId;
  private String developer;

  @BeforeEach
  void aDeveloper() {
    String email = Accounts.newEmail("qual");
    accountId = Accounts.registerConfirmed("demo", email, "materials-pass");
    developer = Api.token("demo", email, "materials-pass");
  }

  private static Map<String, String> form(String type, String number) {
    Map<String, String> form = new HashMap<>();
    form.put("subjectType", type);
    form.put("subjectName", "福州示例有限公司");
    form.put("registrationNumber", number);
    form.put("contactName", "张三");
    form.put("contactAddress", "福州市鼓楼区 1 号");
    form.put("contactEmail", "zhangsan@example.com");
    form.put("contactPhone", "+86 591 1234567");
    return form;
  }

  private Reply upload(String token, String name, byte[] content) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Stack.siteOf("demo") + BASE + "/documents?name=" + name))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return Api.send(request);
  }

  private static int versions(String accountId) {
    return Db.count("SELECT COUNT(*) FROM qualification_version WHERE account_id = ?", accountId);
  }

  @Test
  void materialsAreCheckedAndEveryChangeIsANewVersion() {
    Reply first =
        Api.call(
            "demo", "PUT", BASE, Api.json(form("LEGAL_PERSON", USCC.toLowerCase())), developer);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);
    assertThat(first.json().get("materials").get("registrationNumber").asText()).isEqualTo(USCC);
    assertThat(first.json().get("materials").get("numberValidated").asBoolean()).isTrue();

    Map<String, String> other = form("OTHER_ORGANISATION", "HRB 12345 B");
    other.put("numberScheme", "OTHER");
    Reply second = Api.call("demo", "PUT", BASE, Api.json(other), developer);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    assertThat(second.json().get("materials").get("numberValidated").asBoolean()).isFalse();

    JsonNode history = Api.get("demo", BASE + "/versions", developer).json();
    assertThat(history.findValuesAsText("version")).containsExactly("2", "1");
  }

  @Test
  void aWrongCheckCharacterIsRefusedAndWritesNothing() {
    Reply reply =
        Api.call(
            "demo", "PUT", BASE, Api.json(form("LEGAL_PERSON", "91350100M0001003KN")), developer);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").get(0).get("code").asText())
        .isEqualTo("number-check-character");
    assertThat(versions(accountId)).isZero();
    Reply wrongType = Api.call("demo", "PUT", BASE, "{\"subjectType\": 7}", developer);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(versions(accountId)).isZero();
  }

  @Test
  void documentsAreJudgedByContentAndHashed() throws Exception {
    Reply pdf = upload(developer, "licence.pdf", PDF);
    assertThat(pdf.status()).isEqualTo(201);
    assertThat(pdf.json().get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.json().get("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));

    Reply fake =
        upload(developer, "licence.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
    Reply empty = upload(developer, "licence.pdf", new byte[0]);
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    Reply oversized = upload(developer, "big.pdf", big);

    assertThat(fake.status()).isEqualTo(415);
    assertThat(fake.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fake.json().get("detail").asText()).endsWith("this file's content is text/plain.");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(oversized.status()).isEqualTo(413);
    assertThat(
            Db.count("SELECT COUNT(*) FROM qualification_document WHERE account_id = ?", accountId))
        .isEqualTo(1);

    HttpResponse<byte[]> download =
        Api.HTTP_CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(
                        Stack.siteOf("demo")
                            + BASE
                            + "/documents/"
                            + pdf.json().get("id").asText()))
                .header("Authorization", "Bearer " + developer)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
  }

  @Test
  void nobodyElseCanReadTheDocumentsButTheTenantsReviewers() throws Exception {
    String documentId = upload(developer, "licence.pdf", PDF).json().get("id").asText();
    String otherEmail = Accounts.newEmail("other");
    Accounts.registerConfirmed("demo", otherEmail, "other-pass");
    String other = Api.token("demo", otherEmail, "other-pass");
    String demoReviewer = Api.token("demo", "reviewer@demo.example", Stack.demoPassword());
    String acmeReviewer = Api.token("acme", "reviewer@acme.example", Stack.demoPassword());

    assertThat(Api.get("demo", BASE + "/documents/" + documentId, other).status()).isEqualTo(404);
    assertThat(
            Api.get(
                    "demo",
                    "/admin/api/accounts/" + accountId + "/qualification/documents/" + documentId,
                    demoReviewer)
                .status())
        .isEqualTo(200);
    assertThat(
            Api.get("demo", "/admin/api/accounts/" + accountId + "/qualification", demoReviewer)
                .json()
                .get("documents")
                .get(0)
                .get("id")
                .asText())
        .isEqualTo(documentId);
    assertThat(
            Api.get(
                    "acme",
                    "/admin/api/accounts/" + accountId + "/qualification/documents/" + documentId,
                    acmeReviewer)
                .status())
        .isEqualTo(404);
    assertThat(
            Api.get(
                    "acme",
                    "/admin/api/accounts/" + accountId + "/qualification/versions",
                    acmeReviewer)
                .status())
        .isEqualTo(404);
  }
}
