package com.openplatform.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language of the pages: Chinese or English, first from the browser, then from the switch in
 * the header ({@code ?lang=zh} / {@code ?lang=en}), kept for the session.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale;

  public Locale getLocale() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String requested = external.getRequestParameterMap().get("lang");
    if (requested != null) {
      locale = "zh".equals(requested) ? CHINESE : Locale.ENGLISH;
    }
    if (locale == null) {
      locale = fromBrowser(external.getRequestLocales());
    }
    return locale;
  }

  public boolean isChinese() {
    return "zh".equals(getLocale().getLanguage());
  }

  public String getLanguageTag() {
    return isChinese() ? "zh-CN" : "en";
  }

  static Locale fromBrowser(Iterator<Locale> accepted) {
    while (accepted.hasNext()) {
      Locale l = accepted.next();
      if ("zh".equals(l.getLanguage())) {
        return CHINESE;
      }
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
