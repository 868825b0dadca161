package com.openplatform.apps.application;

import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Checks and reads an application's licence and copyright documents (§2.2.3, §2.2.4). */
public final class Documents {

  /** A document's bytes with what a download needs. */
  public record Content(String fileName, String mediaType, byte[] bytes) {
    static Content of(ApplicationDocument d) {
      return new Content(d.fileName(), d.mediaType(), d.content());
    }
  }

  private Documents() {}

  /** §2.2.3, §2.2.4: what the category needs that is not among the documents. */
  static java.util.Set<DocumentKind> missing(
      Category category, List<ApplicationView.AppDocumentView> documents) {
    java.util.Set<DocumentKind> missing = new java.util.TreeSet<>(category.requiredDocuments());
    documents.forEach(d -> missing.remove(d.kind()));
    return missing;
  }

  static DocumentKind kind(String value) {
    try {
      return DocumentKind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("kind", "invalid", null)));
    }
  }

  /** A checked document, as the qualification documents are checked (type by content, size). */
  static ApplicationDocument checked(
      String applicationId,
      String kind,
      String fileName,
      byte[] content,
      String uploadedBy,
      Instant now) {
    DocumentKind k = kind(kind);
    String mediaType = DocumentCheck.mediaType(fileName, content);
    return new ApplicationDocument(
        applicationId, k, DocumentCheck.cleanName(fileName), mediaType, content, uploadedBy, now);
  }
}
