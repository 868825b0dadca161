package com.openplatform.notices.notice;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.validation.RequestChecks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant administrator words the notices other modules ask for (§6.1) in the tenant's own terms,
 * in Chinese and English, sees a preview with sample values, and may go back to the platform's
 * wording. A wording that is not a well-formed message is refused when it is saved.
 */
@Stateless
@RolesAllowed("tenant-admin")
public class TemplateDesk {

  @Inject Templates templates;
  @Inject TemplateOverrides overrides;
  @Inject RequestChecks checks;

  /** A topic's wording: the tenant's own or (not {@code own}) the platform's. */
  public record TemplateView(
      String topic, NoticeText text, boolean own, String updatedBy, Instant updatedAt) {}

  /** A wording as staff write it. */
  public record TemplateForm(
      @NotBlank @Size(max = ComposeRequest.SUBJECT_MAX) String subjectZh,
      @NotBlank @Size(max = ComposeRequest.SUBJECT_MAX) String subjectEn,
      @NotBlank @Size(max = ComposeRequest.TEXT_MAX) String textZh,
      @NotBlank @Size(max = ComposeRequest.TEXT_MAX) String textEn) {}

  public List<TemplateView> list() {
    return templates.topics().stream().map(this::view).toList();
  }

  public TemplateView get(String topic) {
    return view(known(topic));
  }

  public TemplateView set(String topic, TemplateForm form) {
    known(topic);
    checks.valid(form);
    NoticeText text =
        new NoticeText(
            form.subjectZh().strip(),
            form.subjectEn().strip(),
            form.textZh().strip(),
            form.textEn().strip());
    if (!text.wellFormed()) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("text", "invalid", null)));
    }
    overrides.ofOrNew(topic).set(text, TenantContext.caller().username(), Instant.now());
    return view(topic);
  }

  /** Back to the platform's wording. */
  public TemplateView reset(String topic) {
    overrides.of(known(topic)).ifPresent(overrides::remove);
    return view(topic);
  }

  /** The topic's text as a developer would read it, with these values (sample ones otherwise). */
  public NoticeText preview(String topic, Map<String, String> values) {
    known(topic);
    Map<String, String> sample = new java.util.HashMap<>(values == null ? Map.of() : values);
    sample.putIfAbsent("name", "张三 / Zhang San");
    return templates.text(topic, sample).fill(Map.of("name", sample.get("name")));
  }

  private String known(String topic) {
    if (topic == null || !templates.topics().contains(topic)) {
      throw new ProblemException(NoticeProblem.NOT_FOUND);
    }
    return topic;
  }

  private TemplateView view(String topic) {
    return overrides
        .of(topic)
        .map(t -> new TemplateView(topic, t.text(), true, t.updatedBy(), t.updatedAt()))
        .orElseGet(
            () ->
                new TemplateView(
                    topic, templates.platformWording(topic).orElseThrow(), false, null, null));
  }
}
