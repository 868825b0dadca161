package com.openplatform.notices.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The texts of the notices other modules ask for, by topic ({@code agreement.published} …), in
 * Chinese and English, from the bundle {@code com.openplatform.notices.templates}; the request's
 * variables are filled in when the notice is made ({@code {name}} stays for each recipient).
 */
@ApplicationScoped
public class Templates {

  private static final Logger LOG = Logger.getLogger(Templates.class.getName());
  private static final String BUNDLE = "com.openplatform.notices.templates";

  public NoticeText text(String topic, Map<String, String> variables) {
    Map<String, Object> values = new java.util.HashMap<>();
    variables.forEach((k, v) -> values.put(k, quoted(v)));
    values.putIfAbsent("name", "{name}");
    try {
      ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, loader());
      ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, loader());
      return new NoticeText(
              zh.getString(topic + ".subject"),
              en.getString(topic + ".subject"),
              zh.getString(topic + ".text"),
              en.getString(topic + ".text"))
          .fill(values);
    } catch (MissingResourceException e) {
      LOG.severe(
          "no template for the notice topic " + topic + ": its variables are sent as they are");
      String text = topic + "\n" + variables;
      return new NoticeText(topic, topic, text, text);
    }
  }

  /**
   * A value as literal text of an ICU message: the filled text is a message again (its {@code
   * {name}} is filled per recipient), so the value's apostrophes and braces must stay text.
   */
  static String quoted(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
  }

  private static ClassLoader loader() {
    return Templates.class.getClassLoader();
  }
}
