package com.openplatform.apps.application;

import java.time.Instant;
import java.util.List;
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
    @Schema(required = true) ApplicationState state,
    @Schema(description = "Assigned on approval; the client id of the app's credentials")
        String appId,
    @Schema(description = "When the current AppSecret was issued; absent until one is")
        Instant secretIssuedAt,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) List<EventView> history) {

  /** One step of the application's life. */
  public record EventView(
      @Schema(required = true) String action,
      @Schema(required = true) String actor,
      String reason,
      @Schema(required = true) Instant at) {}

  static ApplicationView of(Application a, List<ApplicationEvent> events) {
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
        a.state(),
        a.appId(),
        a.secretIssuedAt(),
        a.createdAt(),
        events.stream()
            .map(e -> new EventView(e.action(), e.actor(), e.reason(), e.at()))
            .toList());
  }
}
