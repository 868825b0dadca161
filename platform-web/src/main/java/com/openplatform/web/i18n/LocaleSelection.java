package com.openplatform.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  /**
   * The link of the language switch: this page with its query (e.g. {@code ?id=…}) kept, so the
   * switch never leads to a page that lost what it shows.
   */
  public String switchTo(String language) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object request = faces.getExternalContext().getRequest();
    String query =
        request instanceof jakarta.servlet.http.HttpServletRequest http
                && http.getQueryString() != null
            ? http.getQueryString()
            : "";
    StringBuilder link = new StringBuilder("?");
    for (String pair : query.split("&")) {
      if (!pair.isEmpty() && !pair.startsWith("lang=")) {
        link.append(pair).append('&');
      }
    }
    if (query.isEmpty() && faces.isPostback() && faces.getViewRoot() != null) {
      // after a form was sent the address has no query: the page's view parameters say what it
      // shows
      for (UIViewParameter p : ViewMetadata.getViewParameters(faces.getViewRoot())) {
        String value = p.getStringValue(faces);
        if (value != null && !value.isEmpty() && !"lang".equals(p.getName())) {
          link.append(URLEncoder.encode(p.getName(), StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
              .append('&');
        }
      }
    }
    return link.append("lang=").append("zh".equals(language) ? "zh" : "en").toString();
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
