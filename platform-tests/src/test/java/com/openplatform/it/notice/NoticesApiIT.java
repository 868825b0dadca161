package com.openplatform.it.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Qualifications;
import com.openplatform.it.support.Stack;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notices on the real stack (§6.1–§6.3): staff compose; the notice is made at once and delivered in
 * the background — email read back from the mail server (text and HTML, the tenant's sender), the
 * inbox and the prompt through the developer's API; every delivery recorded with its time (§6.2);
 * commercial opt-outs honoured and legal notices not; nobody reads another developer's or another
 * tenant's notices; bad input changes nothing.
 */
class NoticesApiIT {

  private static final String PASSWORD = "notice-password-1";
  private static final String NOTICES = "/notices/api/notices";

  private record Dev(String id, String email, String token) {}

  private static Dev developer(String prefix) {
    String email = Accounts.newEmail(prefix);
    String id = Accounts.registerConfirmed("demo", email, PASSWORD);
    return new Dev(id, email, Api.token("demo", email, PASSWORD));
  }

  private static Map<String, Object> notice(
      String kind, Map<String, Object> audience, List<String> channels, String subject) {
    return Map.of(
        "kind",
        kind,
        "audience",
        audience,
        "channels",
        channels,
        "subjectZh",
        subject + " 中文 {name}",
        "subjectEn",
        subject + " English",
        "textZh",
        "您好 {name}：\n\n平台规则更新。",
        "textEn",
        "Dear {name},\n\nthe platform's rules changed.");
  }

  private static JsonNode compose(Map<String, Object> body) {
    Api.Reply made =
        Api.call("demo", "POST", NOTICES, Api.json(body), Api.staffToken("demo", "tenant-admin"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json();
  }

  /** Waits until the notice has found its recipients and nothing of it is pending any more. */
  private static JsonNode delivered(String noticeId) {
    String staff = Api.staffToken("demo", "tenant-admin");
    List<JsonNode> last = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode n = Api.get("demo", NOTICES + "/" + noticeId, staff).json();
              last.clear();
              last.add(n);
              return n.get("state").asText().equals("FANNED_OUT")
                  && n.get("deliveries").get("PENDING").asLong() == 0;
            });
    return last.get(0);
  }

  @Test
  void aNoticeToOneDeveloperReachesEveryChannelOnceAndIsRecorded() throws Exception {
    Dev dev = developer("notice-one");
    String subject = "Rules " + dev.id().substring(0, 8);
    JsonNode made =
        compose(
            notice(
                "LEGAL",
                Map.of("type", "DEVELOPER", "developerId", dev.id()),
                List.of("INBOX", "EMAIL", "PROMPT"),
                subject));
    assertThat(made.get("state").asText()).isIn("FANNING_OUT", "FANNED_OUT");
    JsonNode done = delivered(made.get("id").asText());
    assertThat(done.get("recipients").asInt()).isEqualTo(1);
    assertThat(done.get("deliveries").get("SENT").asInt()).isEqualTo(3);

    // the mail: once, from the tenant, text and HTML, the name filled in, both languages
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !Accounts.mailsWithSubject(dev.email(), subject).isEmpty());
    List<MimeMessage> mails = Accounts.mailsWithSubject(dev.email(), subject);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getFrom()[0].toString()).contains("@");
    assertThat(mail.getHeader("List-Unsubscribe")).as("legal notices have no unsubscribe").isNull();
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String text = parts.getBodyPart(0).getContent().toString();
    assertThat(text)
        .contains("平台规则更新")
        .contains("the platform's rules changed")
        .contains(dev.email());
    assertThat(parts.getBodyPart(1).getContent().toString()).contains("<p>").contains("平台规则更新");

    // the inbox and the prompt, as the developer reads them
    JsonNode inbox = Api.get("demo", "/notices/api/me/inbox", dev.token()).json();
    assertThat(inbox.get("total").asInt()).isEqualTo(1);
    JsonNode message = inbox.get("items").get(0);
    assertThat(message.get("text").get("subjectEn").asText()).isEqualTo(subject + " English");
    assertThat(message.get("read").asBoolean()).isFalse();
    assertThat(Api.get("demo", "/notices/api/me/counts", dev.token()).json().get("unread").asInt())
        .isEqualTo(1);
    String messageId = message.get("id").asText();
    assertThat(
            Api.call(
                    "demo",
                    "PUT",
                    "/notices/api/me/inbox/" + messageId + "/read",
                    null,
                    dev.token())
                .status())
        .isEqualTo(200);
    assertThat(Api.get("demo", "/notices/api/me/counts", dev.token()).json().get("unread").asInt())
        .isZero();
    Api.call("demo", "PUT", "/notices/api/me/inbox/" + messageId + "/archived", null, dev.token());
    assertThat(Api.get("demo", "/notices/api/me/inbox", dev.token()).json().get("total").asInt())
        .isZero();
    assertThat(
            Api.get("demo", "/notices/api/me/inbox?archived=true", dev.token())
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);

    JsonNode prompts = Api.get("demo", "/notices/api/me/prompts", dev.token()).json();
    assertThat(prompts).hasSize(1);
    String promptId = prompts.get(0).get("id").asText();
    Api.Reply ack =
        Api.call(
            "demo",
            "POST",
            "/notices/api/me/prompts/" + promptId + "/acknowledgement",
            null,
            dev.token());
    assertThat(ack.status()).as(ack.body()).isEqualTo(200);
    assertThat(Api.get("demo", "/notices/api/me/prompts", dev.token()).json()).isEmpty();

    // §6.2: the developer and staff see when each went out
    JsonNode mine = Api.get("demo", "/notices/api/me/deliveries", dev.token()).json();
    assertThat(mine.get("total").asInt()).isEqualTo(3);
    mine.get("items").forEach(d -> assertThat(d.get("sentAt").isNull()).isFalse());
    JsonNode staffView =
        Api.get(
                "demo",
                NOTICES + "/developers/" + dev.id() + "/deliveries",
                Api.staffToken("demo", "trust-safety"))
            .json();
    assertThat(staffView.get("total").asInt()).isEqualTo(3);
    JsonNode perNotice =
        Api.get(
                "demo",
                NOTICES + "/" + made.get("id").asText() + "/deliveries?state=SENT",
                Api.staffToken("demo", "tenant-admin"))
            .json();
    assertThat(perNotice.get("total").asInt()).isEqualTo(3);
    assertThat(Db.count("SELECT COUNT(*) FROM notice_delivery WHERE developer_id = ?", dev.id()))
        .isEqualTo(3);
  }

  /**
   * §6.1 SMS: only to the materials' contact phone once confirmed with a code sent to it; Chinese
   * as UCS-2 and a long text in concatenated parts, read back whole from the SMPP peer.
   */
  @Test
  void smsGoToAConfirmedPhoneOnlyChineseIntactAndLongTextsWhole() {
    Dev dev = developer("notice-sms");
    String digits = "138" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
    Qualifications.complete("demo", dev.token(), "+86 " + digits);
    String number = "86" + digits;
    String staff = Api.staffToken("demo", "tenant-admin");
    Map<String, Object> one = Map.of("type", "DEVELOPER", "developerId", dev.id());

    // not confirmed yet: recorded, not sent
    String early = compose(notice("LEGAL", one, List.of("SMS"), "早 early")).get("id").asText();
    assertThat(delivered(early).get("deliveries").get("SKIPPED").asInt()).isEqualTo(1);
    assertThat(Db.string("SELECT last_error FROM notice_delivery WHERE notice_id = ?", early))
        .hasValue("phone-not-confirmed");

    JsonNode phone = Api.get("demo", "/notices/api/me/phone", dev.token()).json();
    assertThat(phone.get("phone").asText()).isEqualTo("+86 " + digits);
    assertThat(phone.get("confirmed").asBoolean()).isFalse();
    Api.Reply sent = Api.call("demo", "POST", "/notices/api/me/phone/codes", null, dev.token());
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(Api.call("demo", "POST", "/notices/api/me/phone/codes", null, dev.token()).status())
        .as("one code a minute")
        .isEqualTo(429);
    List<com.openplatform.devstack.SmsPeer.Sms> codes = Stack.sms().to(number);
    assertThat(codes).hasSize(1);
    java.util.regex.Matcher code =
        java.util.regex.Pattern.compile("(\\d{6})").matcher(codes.get(0).text());
    assertThat(code.find()).isTrue();
    assertThat(codes.get(0).text()).contains("验证码");
    String wrong = code.group(1).equals("000000") ? "111111" : "000000";
    Api.Reply refused =
        Api.call(
            "demo",
            "POST",
            "/notices/api/me/phone/confirmation",
            Api.json(Map.of("code", wrong)),
            dev.token());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice_phone WHERE developer_id = ? AND code_attempts = 1",
                dev.id()))
        .as("the wrong try is counted")
        .isEqualTo(1);
    Api.Reply confirmed =
        Api.call(
            "demo",
            "POST",
            "/notices/api/me/phone/confirmation",
            Api.json(Map.of("code", code.group(1))),
            dev.token());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("confirmed").asBoolean()).isTrue();

    // confirmed: a long Chinese notice arrives whole, in UCS-2 parts
    String longText = "平台将于本周六凌晨进行系统维护，期间接口可能短暂不可用，请提前做好准备。".repeat(4);
    Map<String, Object> body = new java.util.HashMap<>(notice("LEGAL", one, List.of("SMS"), "维护"));
    body.put("textZh", longText);
    String id = compose(body).get("id").asText();
    assertThat(delivered(id).get("deliveries").get("SENT").asInt()).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Stack.sms().to(number).stream().anyMatch(s -> s.text().contains(longText)));
    com.openplatform.devstack.SmsPeer.Sms sms =
        Stack.sms().to(number).stream()
            .filter(s -> s.text().contains(longText))
            .findFirst()
            .orElseThrow();
    assertThat(sms.dataCoding()).isEqualTo(8);
    assertThat(sms.parts()).isGreaterThan(1);
    assertThat(sms.text()).startsWith("【").contains("维护").contains("the platform's rules changed");
  }

  /**
   * §6.4: a developer's written notice with a document gets a receipt; staff answer and close it;
   * the developer reads the answer as the operator's; nobody else reads it.
   */
  private static Api.Reply upload(String letter, String name, byte[] content, String token) {
    return Api.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    Stack.siteOf("demo")
                        + "/notices/api/me/letters/"
                        + letter
                        + "/attachments?name="
                        + name))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  @Test
  void aWrittenNoticeToTheOperatorIsReceiptedAnsweredAndPrivate() {
    Dev dev = developer("letter");
    Dev other = developer("letter-other");
    String subject = "Complaint " + dev.id().substring(0, 8);
    int before = Db.count("SELECT COUNT(*) FROM notice_letter");
    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of("subject", "", "body", "x"),
            Map.of("subject", "x".repeat(201), "body", "x"),
            Map.of("subject", "x"))) {
      Api.Reply refused =
          Api.call("demo", "POST", "/notices/api/me/letters", Api.json(bad), dev.token());
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    }
    assertThat(Db.count("SELECT COUNT(*) FROM notice_letter")).isEqualTo(before);

    Api.Reply written =
        Api.call(
            "demo",
            "POST",
            "/notices/api/me/letters",
            Api.json(Map.of("subject", subject, "body", "我方不同意第 2.3 条的收费。\nWe object.")),
            dev.token());
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    String id = written.json().get("id").asText();
    String number = written.json().get("number").asText();
    assertThat(number).startsWith("L-");
    Api.Reply pdf = upload(id, "evidence.pdf", Qualifications.PDF, dev.token());
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
    Api.Reply text =
        upload(
            id,
            "evil.pdf",
            "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            dev.token());
    assertThat(text.status()).as(text.body()).isEqualTo(415);

    // the receipt, through notices
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.get("demo", "/notices/api/me/inbox", dev.token())
                    .json()
                    .get("items")
                    .findValuesAsText("subjectEn")
                    .contains("We received your written notice " + number));

    // nobody else reads it
    assertThat(Api.get("demo", "/notices/api/me/letters/" + id, other.token()).status())
        .isEqualTo(404);
    assertThat(Api.get("demo", "/notices/api/letters/" + id, dev.token()).status()).isEqualTo(403);
    assertThat(
            Api.get("acme", "/notices/api/letters/" + id, Api.staffToken("acme", "trust-safety"))
                .status())
        .isEqualTo(404);

    // staff answer from the queue; the developer reads it as the operator's
    String staff = Api.staffToken("demo", "trust-safety");
    JsonNode queue = Api.get("demo", "/notices/api/letters?state=OPEN&max=200", staff).json();
    assertThat(queue.get("items").findValuesAsText("number")).contains(number);
    JsonNode seen = Api.get("demo", "/notices/api/letters/" + id, staff).json();
    assertThat(seen.get("attachments")).hasSize(1);
    assertThat(seen.get("attachments").get(0).get("mediaType").asText())
        .isEqualTo("application/pdf");
    Api.Reply answered =
        Api.call(
            "demo",
            "POST",
            "/notices/api/letters/" + id + "/replies",
            Api.json(Map.of("body", "The fee follows §2.3.2; see the announcement.")),
            staff);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("state").asText()).isEqualTo("ANSWERED");
    JsonNode mine = Api.get("demo", "/notices/api/me/letters/" + id, dev.token()).json();
    assertThat(mine.get("replies").get(0).get("body").asText()).contains("§2.3.2");
    assertThat(mine.get("replies").get(0).get("author").asText())
        .as("developers see the operator, not the staff member")
        .doesNotContain("trust-safety@");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.get("demo", "/notices/api/me/inbox", dev.token())
                    .json()
                    .get("items")
                    .findValuesAsText("subjectEn")
                    .contains("Answer to your written notice " + number));
    assertThat(
            Api.call("demo", "POST", "/notices/api/letters/" + id + "/closure", null, staff)
                .status())
        .isEqualTo(200);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/notices/api/letters/" + id + "/replies",
                    Api.json(Map.of("body", "late")),
                    staff)
                .status())
        .isEqualTo(409);
  }

  /**
   * A tenant words a topic its own way (acme's receipts of written notices): previewed, used by the
   * next notice of that topic in that tenant only, and reset to the platform's wording.
   */
  @Test
  void aTenantWordsTheNoticesOfATopicItsOwnWay() {
    String admin = Api.staffToken("acme", "tenant-admin");
    String path = "/notices/api/templates/letter.received";
    Map<String, Object> own =
        Map.of(
            "subjectZh", "来函 {number} 已收到",
            "subjectEn", "Acme got your letter {number}",
            "textZh", "{name}：已收到。{link}",
            "textEn", "{name}: got it. {link}");
    assertThat(
            Api.call("acme", "PUT", path, Api.json(own), Api.staffToken("acme", "reviewer"))
                .status())
        .isEqualTo(403);
    Map<String, Object> broken = new java.util.HashMap<>(own);
    broken.put("textEn", "{name: broken");
    assertThat(Api.call("acme", "PUT", path, Api.json(broken), admin).status()).isEqualTo(400);
    assertThat(
            Api.call("acme", "PUT", "/notices/api/templates/no.such", Api.json(own), admin)
                .status())
        .isEqualTo(404);
    Api.Reply set = Api.call("acme", "PUT", path, Api.json(own), admin);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("own").asBoolean()).isTrue();
    try {
      JsonNode preview =
          Api.call("acme", "POST", path + "/preview", Api.json(Map.of("number", "L-1")), admin)
              .json();
      assertThat(preview.get("subjectEn").asText()).isEqualTo("Acme got your letter L-1");
      assertThat(preview.get("textEn").asText()).startsWith("张三 / Zhang San: got it.");

      String email = Accounts.newEmail("acme-letter");
      Accounts.registerConfirmed("acme", email, PASSWORD);
      String token = Api.token("acme", email, PASSWORD);
      String number =
          Api.call(
                  "acme",
                  "POST",
                  "/notices/api/me/letters",
                  Api.json(Map.of("subject", "Hi", "body", "Hello")),
                  token)
              .json()
              .get("number")
              .asText();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Api.get("acme", "/notices/api/me/inbox", token)
                      .json()
                      .get("items")
                      .findValuesAsText("subjectEn")
                      .contains("Acme got your letter " + number));
    } finally {
      Api.Reply reset = Api.call("acme", "DELETE", path, null, admin);
      assertThat(reset.json().get("own").asBoolean()).isFalse();
    }
  }

  @Test
  void commercialMessagesHonourOptOutsAndLegalNoticesDoNot() throws Exception {
    Dev out = developer("notice-optout");
    Dev in = developer("notice-optin");
    // one developer opts out of commercial email in the portal's preferences
    Api.Reply prefs =
        Api.call(
            "demo",
            "PUT",
            "/notices/api/me/preferences",
            Api.json(
                Map.of("commercialEmail", false, "commercialSms", true, "commercialInbox", true)),
            out.token());
    assertThat(prefs.status()).as(prefs.body()).isEqualTo(200);
    assertThat(prefs.json().get("commercialEmail").asBoolean()).isFalse();

    String ad = "Offer " + out.id().substring(0, 8);
    String legal = "Legal " + out.id().substring(0, 8);
    for (Dev d : List.of(out, in)) {
      delivered(
          compose(
                  notice(
                      "COMMERCIAL",
                      Map.of("type", "DEVELOPER", "developerId", d.id()),
                      List.of("EMAIL", "INBOX"),
                      ad))
              .get("id")
              .asText());
      delivered(
          compose(
                  notice(
                      "LEGAL",
                      Map.of("type", "DEVELOPER", "developerId", d.id()),
                      List.of("EMAIL"),
                      legal))
              .get("id")
              .asText());
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Accounts.mailsWithSubject(in.email(), legal).size() == 1);
    assertThat(Accounts.mailsWithSubject(out.email(), ad))
        .as("opted out of commercial email")
        .isEmpty();
    assertThat(Accounts.mailsWithSubject(out.email(), legal))
        .as("legal notices come anyway")
        .hasSize(1);
    assertThat(Api.get("demo", "/notices/api/me/inbox", out.token()).json().get("total").asInt())
        .as("the inbox still wanted")
        .isEqualTo(1);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE developer_id = ? AND state = 'SKIPPED'"
                    + " AND last_error = 'opted-out'",
                out.id()))
        .isEqualTo(1);

    // the commercial mail is marked, and its one-click unsubscribe (RFC 8058) works without sign-in
    List<MimeMessage> ads = Accounts.mailsWithSubject(in.email(), ad);
    assertThat(ads).hasSize(1);
    assertThat(ads.get(0).getSubject()).startsWith("[商业信息 Commercial]");
    assertThat(ads.get(0).getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
    String link = ads.get(0).getHeader("List-Unsubscribe")[0];
    String path = link.substring(link.indexOf("/notices/api/unsubscribe/"), link.length() - 1);
    Api.Reply unsubscribed = Api.call("demo", "POST", path, "List-Unsubscribe=One-Click", null);
    assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(204);
    assertThat(
            Api.get("demo", "/notices/api/me/preferences", in.token())
                .json()
                .get("commercialEmail")
                .asBoolean())
        .isFalse();
    // a legal notice's delivery is no unsubscribe link, nor is another tenant's
    String legalDelivery =
        Db.string(
                "SELECT d.id FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE"
                    + " d.developer_id = ? AND n.kind = 'LEGAL'",
                in.id())
            .orElseThrow();
    assertThat(
            Api.call("demo", "POST", "/notices/api/unsubscribe/" + legalDelivery, "", null)
                .status())
        .isEqualTo(404);
    assertThat(Api.call("acme", "POST", path, "", null).status()).isEqualTo(404);
  }

  @Test
  void aSegmentReachesItsMembersOnly() {
    Dev active = developer("notice-seg-active");
    Dev banned = developer("notice-seg-banned");
    Api.Reply ban =
        Api.call(
            "demo",
            "POST",
            "/admin/api/accounts/" + banned.id() + "/status-changes",
            Api.json(Map.of("action", "ban", "reason", "repeated infringement")),
            Api.staffToken("demo", "trust-safety"));
    assertThat(ban.status()).as(ban.body()).isEqualTo(200);
    String staff = Api.staffToken("demo", "tenant-admin");
    Map<String, Object> segment = Map.of("type", "SEGMENT", "status", "BANNED");
    Api.Reply size = Api.call("demo", "POST", NOTICES + "/audience-size", Api.json(segment), staff);
    assertThat(size.status()).as(size.body()).isEqualTo(200);
    assertThat(size.json().get("recipients").asLong()).isPositive();
    String id =
        compose(notice("LEGAL", segment, List.of("INBOX"), "Banned " + banned.id().substring(0, 8)))
            .get("id")
            .asText();
    delivered(id);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND developer_id = ?",
                id,
                banned.id()))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND developer_id = ?",
                id,
                active.id()))
        .isZero();
  }

  @Test
  void nobodyReadsAnotherDevelopersOrTenantsNotices() {
    Dev owner = developer("notice-owner");
    Dev other = developer("notice-other");
    String id =
        compose(
                notice(
                    "LEGAL",
                    Map.of("type", "DEVELOPER", "developerId", owner.id()),
                    List.of("INBOX", "PROMPT"),
                    "Private " + owner.id().substring(0, 8)))
            .get("id")
            .asText();
    delivered(id);
    String message =
        Api.get("demo", "/notices/api/me/inbox", owner.token())
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asText();
    String prompt =
        Api.get("demo", "/notices/api/me/prompts", owner.token()).json().get(0).get("id").asText();
    // another developer: not found, and nothing changed
    assertThat(Api.get("demo", "/notices/api/me/inbox/" + message, other.token()).status())
        .isEqualTo(404);
    assertThat(
            Api.call(
                    "demo",
                    "PUT",
                    "/notices/api/me/inbox/" + message + "/read",
                    null,
                    other.token())
                .status())
        .isEqualTo(404);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/notices/api/me/prompts/" + prompt + "/acknowledgement",
                    null,
                    other.token())
                .status())
        .isEqualTo(404);
    assertThat(Api.get("demo", "/notices/api/me/inbox", other.token()).json().get("total").asInt())
        .isZero();
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE id = ? AND read_at IS NULL", message))
        .isEqualTo(1);
    // a developer is no staff; another tenant's staff do not see it; a token of one tenant is not
    // taken by another
    assertThat(Api.get("demo", NOTICES + "/" + id, owner.token()).status()).isEqualTo(403);
    assertThat(Api.get("acme", NOTICES + "/" + id, Api.staffToken("acme", "tenant-admin")).status())
        .isEqualTo(404);
    assertThat(Api.get("acme", NOTICES, Api.staffToken("demo", "tenant-admin")).status())
        .isEqualTo(401);
    assertThat(Api.get("demo", "/notices/api/me/inbox", null).status()).isEqualTo(401);
    // staff without the notices roles may not send
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    NOTICES,
                    Api.json(notice("LEGAL", Map.of("type", "ALL"), List.of("INBOX"), "x")),
                    Api.staffToken("demo", "finance"))
                .status())
        .isEqualTo(403);
  }

  /** A valid notice to everyone's inbox with one field changed. */
  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body =
        new java.util.HashMap<>(notice("LEGAL", Map.of("type", "ALL"), List.of("INBOX"), "bad"));
    body.put(field, value);
    return body;
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    String staff = Api.staffToken("demo", "tenant-admin");
    int before = Db.count("SELECT COUNT(*) FROM notice WHERE tenant_id = 'demo'");
    List<Map<String, Object>> bad =
        List.of(
            Map.of("kind", "LEGAL"),
            with("channels", List.of()),
            with("subjectZh", "x".repeat(201)),
            with("textZh", "unclosed {brace"),
            with("audience", Map.of("type", "SEGMENT", "status", "NOBODY")),
            with("audience", Map.of("type", "EVERYONE")),
            with("audience", Map.of("type", "DEVELOPER", "developerId", "no-such-developer")),
            with("sendAt", "2001-01-01T00:00:00Z"));
    for (Map<String, Object> body : bad) {
      Api.Reply refused = Api.call("demo", "POST", NOTICES, Api.json(body), staff);
      assertThat(refused.status()).as(body + " → " + refused.body()).isEqualTo(400);
      assertThat(refused.header("Content-Type")).contains("application/problem+json");
    }
    Api.Reply badKind = Api.call("demo", "POST", NOTICES, "{\"kind\":\"LOUD\"}", staff);
    assertThat(badKind.status()).isEqualTo(400);
    Api.Reply post =
        Api.call(
            "demo",
            "POST",
            NOTICES,
            Api.json(notice("LEGAL", Map.of("type", "ALL"), List.of("POST"), "post")),
            staff);
    assertThat(post.status()).as(post.body()).isEqualTo(409);
    Api.Reply announcementToOne =
        Api.call(
            "demo",
            "POST",
            NOTICES,
            Api.json(
                notice(
                    "LEGAL",
                    Map.of("type", "SEGMENT", "status", "ACTIVE"),
                    List.of("ANNOUNCEMENT"),
                    "ann")),
            staff);
    assertThat(announcementToOne.status()).as(announcementToOne.body()).isEqualTo(409);
    assertThat(Db.count("SELECT COUNT(*) FROM notice WHERE tenant_id = 'demo'")).isEqualTo(before);
  }

  @Test
  void anAnnouncementIsPublicWithAFeedAndTheSameRequestMakesOneNotice() {
    String staff = Api.staffToken("demo", "tenant-admin");
    String key = "announce-" + java.util.UUID.randomUUID();
    Map<String, Object> body =
        new java.util.HashMap<>(
            notice(
                "LEGAL",
                Map.of("type", "ALL"),
                List.of("ANNOUNCEMENT"),
                "Maintenance " + key.substring(9, 17)));
    body.put("requestKey", key);
    String id = compose(body).get("id").asText();
    // sent again (a double click, a replayed request): the same notice
    assertThat(compose(body).get("id").asText()).isEqualTo(id);
    JsonNode list = Api.get("demo", "/notices/api/announcements", null).json();
    assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(id);
    Map<String, String> reader = Map.of("Accept", "application/atom+xml, */*;q=0.5");
    Api.Reply feed = Api.call("demo", "GET", "/notices/api/announcements/feed", null, null, reader);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
    assertThat(feed.raw().body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains("urn:uuid:" + id);
    // another tenant's site does not show it
    assertThat(Api.get("acme", "/notices/api/announcements/feed", null).raw().body())
        .doesNotContain(id);
  }
}
