package com.openplatform.billing.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads exported reports back the way a user's tools would: PDF text and fonts, XLSX, CSV. */
final class ReportFiles {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ReportFiles() {}

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Font name (without the subset prefix) → embedded, over all pages. */
  static Map<String, Boolean> pdfFonts(byte[] pdf) throws IOException {
    Map<String, Boolean> fonts = new HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.put(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font.isEmbedded());
        }
      }
    }
    return fonts;
  }

  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
  }

  static List<CSVRecord> csv(byte[] bytes) throws IOException {
    int skip = startsWithBom(bytes) ? 3 : 0;
    String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
  }

  /** A cell of the first sheet: its text, and whether the sheet stores it as a number. */
  record Cell(String text, boolean numeric) {}

  /** The first sheet's rows (by row number), each a list of its non-empty cells in order. */
  static Map<Integer, List<Cell>> xlsxRows(byte[] xlsx) throws Exception {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    List<String> shared = new ArrayList<>();
    if (parts.containsKey("xl/sharedStrings.xml")) {
      NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
      for (int i = 0; i < si.getLength(); i++) {
        shared.add(si.item(i).getTextContent());
      }
    }
    Map<Integer, List<Cell>> rows = new TreeMap<>();
    NodeList cells = xml(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagName("c");
    for (int i = 0; i < cells.getLength(); i++) {
      Element c = (Element) cells.item(i);
      String type = c.getAttribute("t");
      String ref = c.getAttribute("r");
      int row = Integer.parseInt(ref.replaceAll("[A-Z]", ""));
      Cell cell;
      if (type.isEmpty() || type.equals("n")) {
        NodeList v = c.getElementsByTagName("v");
        if (v.getLength() == 0) {
          continue;
        }
        cell = new Cell(v.item(0).getTextContent(), true);
      } else if (type.equals("s")) {
        NodeList v = c.getElementsByTagName("v");
        if (v.getLength() == 0) {
          continue;
        }
        cell = new Cell(shared.get(Integer.parseInt(v.item(0).getTextContent())), false);
      } else {
        cell = new Cell(c.getTextContent(), false);
      }
      if (!cell.text().isEmpty()) {
        rows.computeIfAbsent(row, r -> new ArrayList<>()).add(cell);
      }
    }
    return rows;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder()
        .parse(
            new InputSource(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
  }
}
