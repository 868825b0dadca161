package com.openplatform.notices.notice;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about notices. */
public final class NoticeProblem {

  /** No notice (or delivery) of that id in the caller's tenant, or not the caller's own. */
  public static final ProblemKind NOT_FOUND = ProblemKind.of("notice-not-found", 404);

  /** §6.1: post has no sender yet; SMS none where no SMSC is configured. */
  public static final ProblemKind CHANNEL_UNAVAILABLE =
      ProblemKind.of("notice-channel-unavailable", 409);

  /** A web announcement is public: it goes to everyone, not to one developer or a segment. */
  public static final ProblemKind ANNOUNCEMENT_AUDIENCE =
      ProblemKind.of("notice-announcement-audience", 409);

  /** Only a dead letter can be sent again. */
  public static final ProblemKind NOT_DEAD = ProblemKind.of("notice-not-dead", 409);

  /** The link of a commercial mail's unsubscribe is unknown. */
  public static final ProblemKind UNSUBSCRIBE_UNKNOWN =
      ProblemKind.of("notice-unsubscribe-unknown", 404);

  /** §6.1: the materials give no contact phone to confirm. */
  public static final ProblemKind NO_PHONE = ProblemKind.of("notice-no-phone", 409);

  /** §6.1: no code was sent to this phone, or the materials' phone changed since. */
  public static final ProblemKind PHONE_CODE = ProblemKind.of("notice-phone-code", 409);

  /** §6.1: the code does not confirm the phone (wrong, used up or too old). */
  public static final ProblemKind PHONE_CODE_WRONG = ProblemKind.of("notice-phone-code-wrong", 400);

  /** §6.4: a closed written notice takes no more replies. */
  public static final ProblemKind LETTER_CLOSED = ProblemKind.of("notice-letter-closed", 409);

  /** §6.4: a closed written notice, or one with five documents, takes no more. */
  public static final ProblemKind LETTER_ATTACHMENTS =
      ProblemKind.of("notice-letter-attachments", 409);

  private NoticeProblem() {}
}
