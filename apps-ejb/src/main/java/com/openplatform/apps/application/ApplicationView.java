package com.openplatform.apps.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as its developer and staff see it, with its history. */
public record ApplicationView(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true, format = "uuid") String developerId,
    @Schema(required = true) String name,
    @Schema(required = true) String description,
    @Schema(required = true) Category category,
    String website,
    @Schema(required = true) String privacyPolicyUrl,
    @Schema(required = true) String customerService,
    @Schema(required = true) String claimsContact,
    @Schema(required = true) List<String> domains,
    @Schema(required = true) List<String> links,
    @Schema(required = true) List<String> thirdPartyAccounts,
    @Schema(
            required = true,
            description = "Addresses and CIDR blocks tokens may be asked from; empty: any")
        List<String> ipAllowList,
    @Schema(required = true) List<AppDocumentView> documents,
    @Schema(
            required = true,
            description = "Documents the category needs before approval (§2.2.3, §2.2.4)")
        Set<DocumentKind> missingDocuments,
    @Schema(required = true) ApplicationState state,
    @Schema(description = "Assigned on approval; the client id of the app's credentials")
        String appId,
    @Schema(description = "When the current AppSecret was issued; absent until one is")
        Instant secretIssuedAt,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) List<EventView> history) {

  /**
   * One step of the application's life. Its actor, for staff, is the person who took it; for the
   * developer, themselves or the operator by name (staff stay anonymous to developers).
   */
  public record EventView(
      @Schema(required = true) String action,
      @Schema(
              required = true,
              description =
                  "Who took the step: for staff the person; for the developer themselves, or the"
                      + " operator's name for a step its staff took")
          String actor,
      String reason,
      @Schema(required = true) Instant at) {}

  /** A licence or copyright document (§2.2.3, §2.2.4); its content has its own address. */
  public record AppDocumentView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true) DocumentKind kind,
      @Schema(required = true) String fileName,
      @Schema(required = true) String mediaType,
      @Schema(required = true) long sizeBytes,
      @Schema(required = true) String sha256,
      @Schema(required = true) Instant uploadedAt) {

    static AppDocumentView of(ApplicationDocument d) {
      return new AppDocumentView(
          d.id(), d.kind(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedAt());
    }
  }

  static ApplicationView of(
      Application a, List<ApplicationEvent> events, List<AppDocumentView> documents) {
    return of(a, events, documents, ApplicationEvent::actor);
  }

  /** The view with each step's actor as {@code shown} names it (developers don't see staff). */
  static ApplicationView of(
      Application a,
      List<ApplicationEvent> events,
      List<AppDocumentView> documents,
      java.util.function.Function<ApplicationEvent, String> shown) {
    Set<DocumentKind> missing = Documents.missing(a.category(), documents);
    return new ApplicationView(
        a.id(),
        a.developerId(),
        a.name(),
        a.description(),
        a.category(),
        a.website(),
        a.privacyPolicyUrl(),
        a.customerService(),
        a.claimsContact(),
        a.domains(),
        a.links(),
        a.thirdPartyAccounts(),
        a.ipAllowList(),
        documents,
        missing,
        a.state(),
        a.appId(),
        a.secretIssuedAt(),
        a.createdAt(),
        events.stream()
            .map(e -> new EventView(e.action(), shown.apply(e), e.reason(), e.at()))
            .toList());
  }
}
