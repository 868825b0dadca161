package com.openplatform.notices.announcement;

import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The announcements as an Atom 1.0 feed (RFC 4287), written with StAX. */
public final class AtomFeed {

  public static final String MEDIA_TYPE = "application/atom+xml";
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  public static String of(String site, List<Announcement> items) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", site + "/notices/");
      element(x, "title", "公告 / Announcements");
      element(
          x, "updated", (items.isEmpty() ? Instant.EPOCH : items.get(0).publishedAt()).toString());
      link(x, "self", site + "/notices/api/announcements/feed");
      link(x, "alternate", site + "/notices/");
      x.writeStartElement("author");
      element(x, "name", site);
      x.writeEndElement();
      for (Announcement a : items) {
        x.writeStartElement("entry");
        element(x, "id", "urn:uuid:" + a.id());
        element(x, "title", a.text().bilingualSubject());
        element(x, "updated", a.publishedAt().toString());
        element(x, "published", a.publishedAt().toString());
        link(x, "alternate", site + "/notices/#" + a.id());
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(a.text().bilingualText());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("feed not written", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
