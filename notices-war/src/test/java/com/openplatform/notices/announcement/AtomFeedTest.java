package com.openplatform.notices.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.notices.notice.NoticeText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomFeedTest {

  @Test
  void announcementsMakeAWellFormedAtomFeedNewestFirst() throws Exception {
    Instant newer = Instant.parse("2026-12-06T08:00:00Z");
    String xml =
        AtomFeed.of(
            "http://demo.localhost:8080",
            List.of(
                new Announcement(
                    "a1", new NoticeText("维护 <今晚>", "Maintenance & more", "正文", "Text"), newer),
                new Announcement(
                    "a0", new NoticeText("旧", "Old", "旧", "Old"), newer.minusSeconds(60))));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(feed.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(2);
    assertThat(feed.getElementsByTagNameNS("*", "updated").item(0).getTextContent())
        .isEqualTo("2026-12-06T08:00:00Z");
    assertThat(feed.getElementsByTagNameNS("*", "title").item(1).getTextContent())
        .isEqualTo("维护 <今晚> / Maintenance & more");
    assertThat(xml).contains("urn:uuid:a1");
  }

  @Test
  void anEmptyFeedIsStillAFeed() {
    assertThat(AtomFeed.of("http://x.localhost", List.of()))
        .contains("<updated>1970-01-01T00:00:00Z</updated>");
  }
}
