package com.openplatform.notices.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Written notices as their readers see them: the developer, or staff (who see who answered). */
@ApplicationScoped
class LetterViews {

  @Inject LetterRepository letters;

  LetterView of(Letter l, boolean forStaff, String operatorName) {
    return new LetterView(
        l.id(),
        l.number(),
        l.developerId(),
        l.subject(),
        l.body(),
        l.state(),
        l.receivedAt(),
        l.updatedAt(),
        letters.attachments(l.id()).stream()
            .map(
                a ->
                    new LetterView.AttachmentView(
                        a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256()))
            .toList(),
        letters.replies(l.id()).stream()
            .map(
                r ->
                    new LetterView.ReplyView(
                        forStaff ? r.author() : operatorName, r.body(), r.at()))
            .toList());
  }
}
