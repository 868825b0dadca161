package com.openplatform.notices.notice;

import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * A notice staff write (§6.1): legal or commercial (§6.3), to whom, on which channels, what it says
 * in Chinese and English (ICU message syntax; {@code {name}} is each recipient's name), and when it
 * goes out (now when absent). {@code requestKey}: the same key sent again makes no second notice.
 */
public record ComposeRequest(
    @NotNull NoticeKind kind,
    @NotNull @Valid AudienceForm audience,
    @NotEmpty @Size(max = 6) Set<@NotNull Channel> channels,
    @NotBlank @Size(max = SUBJECT_MAX) String subjectZh,
    @NotBlank @Size(max = SUBJECT_MAX) String subjectEn,
    @NotBlank @Size(max = TEXT_MAX) String textZh,
    @NotBlank @Size(max = TEXT_MAX) String textEn,
    Instant sendAt,
    @Size(max = 100) String requestKey) {

  public static final int SUBJECT_MAX = 200;
  public static final int TEXT_MAX = 20_000;

  /** Who: one developer (by account id), a segment, or everyone. */
  public record AudienceForm(
      @NotNull @Pattern(regexp = "DEVELOPER|SEGMENT|ALL") String type,
      @Size(max = 36) String developerId,
      @Pattern(regexp = "ACTIVE|RESTRICTED|SUSPENDED|TERMINATED|BANNED") String status,
      @Pattern(regexp = "INDIVIDUAL|LEGAL_PERSON|OTHER_ORGANISATION") String subjectType,
      Boolean verified,
      Boolean hasApprovedApps,
      @Pattern(regexp = "TOOLS|SOCIAL|GAMES|EDUCATION|FINANCE|NEWS|SHOPPING|OTHER")
          String category) {

    /** The form of an audience (for views). */
    public static AudienceForm of(Audience a) {
      return new AudienceForm(
          a.type().name(),
          a.developerId(),
          a.segment().status(),
          a.segment().subjectType(),
          a.segment().verified(),
          a.segment().hasApprovedApps(),
          a.segment().category());
    }
  }
}
