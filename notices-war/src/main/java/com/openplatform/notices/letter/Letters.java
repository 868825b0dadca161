package com.openplatform.notices.letter;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.api.TenantMail;
import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.notice.NoticeTimes;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.validation.RequestChecks;
import com.openplatform.notices.notice.NoticeProblem;
import com.openplatform.notices.notice.NoticeRecords;
import com.openplatform.notices.notice.Templates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * §6.4: a developer gives the operator written notice — subject, text, documents — and gets a
 * receipt with its number and time (inbox and email, through notices); the developer reads their
 * own notices with the operator's replies. Nobody reads another developer's.
 */
@Stateless
@RolesAllowed("developer")
public class Letters {

  /** Documents a written notice may carry. */
  public static final int MAX_ATTACHMENTS = 5;

  /** Written notices a developer may give in a day: a queue staff can read, not a flood. */
  public static final int DAILY_LIMIT = 10;

  @Inject LetterRepository letters;
  @Inject LetterViews views;
  @Inject RequestChecks checks;
  @Inject Templates templates;
  @EJB Developers developers;
  @EJB TenantMail tenantMail;
  @EJB NoticeRecords records;

  public LetterView write(LetterForm form) {
    checks.valid(form);
    String me = me();
    Instant now = Instant.now();
    if (letters.countSince(me, now.minus(java.time.Duration.ofDays(1))) >= DAILY_LIMIT) {
      throw new ProblemException(
          com.openplatform.core.problem.ProblemKind.Common.TOO_MANY_REQUESTS);
    }
    Letter letter = new Letter(me, form.subject().strip(), form.body().strip(), now);
    letters.add(letter);
    tell(records, templates, letter, "letter.received", Map.of());
    return views.of(letter, false, operator());
  }

  /** Attaches a document while the notice is open (at most {@link #MAX_ATTACHMENTS}). */
  public LetterView attach(String id, String fileName, byte[] content) {
    Letter letter = mine(id);
    String type = DocumentCheck.mediaType(fileName, content);
    if (letter.state() == Letter.State.CLOSED
        || letters.attachments(id).size() >= MAX_ATTACHMENTS) {
      throw new ProblemException(NoticeProblem.LETTER_ATTACHMENTS);
    }
    letters.add(new LetterAttachment(id, fileName.strip(), type, content, Instant.now()));
    return views.of(letter, false, operator());
  }

  public Page<LetterView> mine(PageRequest page) {
    String me = me();
    return page.page(
        letters.page(me, null, page.first(), page.max()).stream()
            .map(l -> views.of(l, false, operator()))
            .toList(),
        letters.count(me, null));
  }

  public LetterView get(String id) {
    return views.of(mine(id), false, operator());
  }

  public LetterAttachment attachment(String id, String attachmentId) {
    return letters
        .attachment(mine(id).id(), attachmentId)
        .orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
  }

  private Letter mine(String id) {
    String me = me();
    return letters
        .find(id)
        .filter(l -> l.developerId().equals(me))
        .orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
  }

  private String me() {
    return developers.signedIn(Gate.EMAIL_LINKED).id();
  }

  private String operator() {
    return tenantMail.sender().name();
  }

  /** Tells the letter's developer (inbox and email) what happened to it. */
  static void tell(
      NoticeRecords records,
      Templates templates,
      Letter letter,
      String topic,
      Map<String, String> more) {
    Map<String, String> variables = new java.util.HashMap<>(more);
    variables.put("number", letter.number());
    variables.put("subject", letter.subject());
    variables.put("receivedAt", NoticeTimes.inTenantZone(letter.receivedAt()));
    variables.put(
        "link",
        TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
            + "/notices/inbox/letters.xhtml");
    records.create(
        topic,
        NoticeKind.LEGAL,
        Audience.developer(letter.developerId()),
        Set.of(Channel.INBOX, Channel.EMAIL),
        templates.text(topic, variables),
        topic + ":" + letter.id() + ":" + Instant.now().toEpochMilli(),
        null,
        "platform");
  }
}
