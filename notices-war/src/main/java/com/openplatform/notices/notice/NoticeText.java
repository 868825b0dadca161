package com.openplatform.notices.notice;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What a notice says, in Chinese and English (every developer reads both: the platform does not
 * know which one a developer prefers). Texts may hold named variables ({@code {name}}) in ICU
 * message syntax, filled per recipient when a delivery is made.
 */
public record NoticeText(String subjectZh, String subjectEn, String textZh, String textEn) {

  /** The text with the variables filled in ({@code {name}}: the recipient's name). */
  public NoticeText fill(Map<String, ?> variables) {
    return new NoticeText(
        format(subjectZh, variables, Locale.CHINA),
        format(subjectEn, variables, Locale.ENGLISH),
        format(textZh, variables, Locale.CHINA),
        format(textEn, variables, Locale.ENGLISH));
  }

  /** The text with each language's own values (an announcement's {@code {name}} per language). */
  public NoticeText fill(Map<String, ?> zh, Map<String, ?> en) {
    return new NoticeText(
        format(subjectZh, zh, Locale.CHINA),
        format(subjectEn, en, Locale.ENGLISH),
        format(textZh, zh, Locale.CHINA),
        format(textEn, en, Locale.ENGLISH));
  }

  /** A subject for both languages, Chinese first. */
  public String bilingualSubject() {
    return subjectZh.equals(subjectEn) ? subjectZh : subjectZh + " / " + subjectEn;
  }

  /** The text in both languages, Chinese first. */
  public String bilingualText() {
    return textZh.equals(textEn) ? textZh : textZh + "\n\n———\n\n" + textEn;
  }

  /**
   * Whether each text is a well-formed message (an unmatched brace is not): a notice is checked
   * when it is made, never when it is sent.
   */
  public boolean wellFormed() {
    for (String s : new String[] {subjectZh, subjectEn, textZh, textEn}) {
      try {
        new MessageFormat(s, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }

  private static String format(String pattern, Map<String, ?> variables, Locale locale) {
    try {
      return new MessageFormat(pattern, locale).format(variables);
    } catch (IllegalArgumentException e) {
      return pattern;
    }
  }
}
