package com.openplatform.core.notice;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A module's request for a notice: which template ({@code topic}, e.g. {@code
 * agreement.published}), legal or commercial, to whom, on which channels, with the template's
 * variables.
 *
 * @param dedupeKey the same request asked for twice (a retried transaction, a replayed event) makes
 *     one notice: a key unique within the tenant, e.g. {@code agreement:2026-12}
 */
public record NoticeRequest(
    String topic,
    NoticeKind kind,
    Audience audience,
    Set<Channel> channels,
    Map<String, String> variables,
    String dedupeKey) {

  public NoticeRequest {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a notice goes out on at least one channel");
    }
    channels = Set.copyOf(channels);
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  /** A legal notice to one developer: inbox and email. */
  public static NoticeRequest legalTo(
      String developerId, String topic, Map<String, String> variables, String dedupeKey) {
    return new NoticeRequest(
        topic,
        NoticeKind.LEGAL,
        Audience.developer(developerId),
        Set.of(Channel.INBOX, Channel.EMAIL),
        variables,
        dedupeKey);
  }
}
