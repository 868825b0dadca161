package com.openplatform.apps.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of application it is. A category decides which supporting documents review asks for
 * (§2.2.3, §2.2.4): games need a publication licence and a software copyright, news and finance a
 * licence for their service; the others may add documents but need none.
 */
public enum Category {
  TOOLS,
  SOCIAL,
  GAMES(DocumentKind.LICENCE, DocumentKind.COPYRIGHT),
  EDUCATION,
  FINANCE(DocumentKind.LICENCE),
  NEWS(DocumentKind.LICENCE),
  SHOPPING,
  OTHER;

  private final Set<DocumentKind> required;

  Category(DocumentKind... required) {
    this.required =
        required.length == 0
            ? EnumSet.noneOf(DocumentKind.class)
            : EnumSet.of(required[0], required);
  }

  /** §2.2.3, §2.2.4: the documents an application of this category must have before approval. */
  public Set<DocumentKind> requiredDocuments() {
    return Set.copyOf(required);
  }
}
