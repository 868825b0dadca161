package com.openplatform.notices.delivery;

/** The HTML part of a notice mail: both languages, the inbox link, the unsubscribe link. */
final class MailHtml {

  private MailHtml() {}

  static String of(MailChannel.Mail mail) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">");
    h.append("<title>").append(escape(mail.text().bilingualSubject())).append("</title></head>");
    h.append("<body style=\"font-family:sans-serif;max-width:40em\">");
    section(h, "zh-CN", mail.text().subjectZh(), mail.text().textZh());
    if (!mail.text().textEn().equals(mail.text().textZh())) {
      h.append("<hr>");
      section(h, "en", mail.text().subjectEn(), mail.text().textEn());
    }
    h.append("<p><a href=\"").append(escape(mail.inboxUrl())).append("\">站内信 / Inbox</a></p>");
    if (mail.commercial()) {
      h.append("<p style=\"color:#666\">商业信息 / Commercial message. <a href=\"")
          .append(escape(mail.unsubscribeUrl()))
          .append("\">退订 / Unsubscribe</a></p>");
    }
    return h.append("</body></html>").toString();
  }

  private static void section(StringBuilder h, String lang, String subject, String text) {
    h.append("<section lang=\"").append(lang).append("\"><h1 style=\"font-size:1.2em\">");
    h.append(escape(subject)).append("</h1>");
    for (String paragraph : text.split("\\R\\R+")) {
      h.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
    }
    h.append("</section>");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
