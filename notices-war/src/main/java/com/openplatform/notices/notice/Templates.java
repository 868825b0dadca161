package com.openplatform.notices.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
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

  /** Filled in where the tenant's own wording is: null in unit tests (the platform's wording). */
  @Inject TemplateOverrides overrides;

  /**
   * The topic's text — the tenant's own wording if it has one, else the platform's — with the
   * request's variables filled in ({@code {name}} stays for each recipient).
   */
  public NoticeText text(String topic, Map<String, String> variables) {
    Map<String, Object> values = new java.util.HashMap<>();
    variables.forEach((k, v) -> values.put(k, quoted(v)));
    values.putIfAbsent("name", "{name}");
    return wording(topic)
        .map(t -> t.fill(values))
        .orElseGet(
            () -> {
              LOG.severe(
                  "no template for the notice topic " + topic + ": its variables go as they are");
              String text = topic + "\n" + variables;
              return new NoticeText(topic, topic, text, text);
            });
  }

  /** The topic's wording before filling: the tenant's own, else the platform's. */
  public Optional<NoticeText> wording(String topic) {
    if (overrides != null) {
      Optional<TenantTemplate> own = overrides.of(topic);
      if (own.isPresent()) {
        return Optional.of(own.get().text());
      }
    }
    return platformWording(topic);
  }

  /** The platform's wording of a topic (the bundle). */
  public Optional<NoticeText> platformWording(String topic) {
    try {
      ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, loader());
      ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, loader());
      return Optional.of(
          new NoticeText(
              zh.getString(topic + ".subject"),
              en.getString(topic + ".subject"),
              zh.getString(topic + ".text"),
              en.getString(topic + ".text")));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The topics other modules ask for (those the bundle words). */
  public java.util.List<String> topics() {
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, loader());
    return en.keySet().stream()
        .filter(k -> k.endsWith(".subject"))
        .map(k -> k.substring(0, k.length() - ".subject".length()))
        .sorted()
        .toList();
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
