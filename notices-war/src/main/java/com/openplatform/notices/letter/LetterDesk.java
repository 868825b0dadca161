package com.openplatform.notices.letter;

import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
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

/**
 * §6.4: the staff's queue of written notices from developers — read them with their documents,
 * answer (the developer is told through notices), close. Tenant administrators, trust &amp; safety
 * and reviewers.
 */
@Stateless
@RolesAllowed({"tenant-admin", "trust-safety", "reviewer"})
public class LetterDesk {

  @Inject LetterRepository letters;
  @Inject LetterViews views;
  @Inject RequestChecks checks;
  @Inject Templates templates;
  @EJB NoticeRecords records;

  /** Newest first; open ones by default. */
  public Page<LetterView> queue(Letter.State state, PageRequest page) {
    return page.page(
        letters.page(null, state, page.first(), page.max()).stream()
            .map(l -> views.of(l, true, null))
            .toList(),
        letters.count(null, state));
  }

  public LetterView get(String id) {
    return views.of(find(id), true, null);
  }

  public LetterView reply(String id, ReplyForm form) {
    checks.valid(form);
    Letter letter =
        letters.locked(id).orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
    if (letter.state() == Letter.State.CLOSED) {
      throw new ProblemException(NoticeProblem.LETTER_CLOSED);
    }
    Instant now = Instant.now();
    letters.add(new LetterReply(id, TenantContext.caller().username(), form.body().strip(), now));
    letter.answered(now);
    Letters.tell(
        records, templates, letter, "letter.replied", Map.of("reply", form.body().strip()));
    return views.of(letter, true, null);
  }

  public LetterView close(String id) {
    Letter letter =
        letters.locked(id).orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
    letter.closed(Instant.now());
    return views.of(letter, true, null);
  }

  public LetterAttachment attachment(String id, String attachmentId) {
    return letters
        .attachment(find(id).id(), attachmentId)
        .orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
  }

  private Letter find(String id) {
    return letters.find(id).orElseThrow(() -> new ProblemException(NoticeProblem.NOT_FOUND));
  }
}
