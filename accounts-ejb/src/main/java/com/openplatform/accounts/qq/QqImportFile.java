package com.openplatform.accounts.qq;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an operator's file of existing QQ-number users (§2.1.1): JSON (an array of objects) or CSV
 * (UTF-8, a header line), both with the fields {@link #FIELDS}. A file that can't be read is
 * refused as a whole; rows are checked one by one later.
 */
final class QqImportFile {

  static final int MAX_BYTES = 512 * 1024;
  static final int MAX_ROWS = 200;
  static final List<String> FIELDS =
      List.of("qqNumber", "displayName", "algorithm", "iterations", "salt", "hash");
  private static final Set<String> KNOWN = Set.copyOf(FIELDS);

  private QqImportFile() {}

  /** One row as given, with its line (CSV) or position (JSON, from 1). */
  record Row(
      int line,
      String qqNumber,
      String displayName,
      String algorithm,
      String iterations,
      String salt,
      String hash) {}

  static List<Row> read(String mediaType, byte[] content) {
    if (content == null || content.length == 0) {
      throw invalid("file", "required");
    }
    if (content.length > MAX_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    String text = utf8(content);
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    List<Row> rows =
        type.startsWith("application/json")
                || (!type.startsWith("text/csv") && text.strip().startsWith("["))
            ? json(text)
            : csv(text);
    if (rows.isEmpty()) {
      throw invalid("file", "required");
    }
    if (rows.size() > MAX_ROWS) {
      throw invalid("file", "too-many-rows");
    }
    return rows;
  }

  private static List<Row> json(String text) {
    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      array = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      throw invalid("file", "invalid");
    }
    List<Row> rows = new ArrayList<>();
    int position = 0;
    for (JsonValue value : array) {
      position++;
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid("file", "invalid");
      }
      JsonObject o = value.asJsonObject();
      for (String key : o.keySet()) {
        if (!KNOWN.contains(key)) {
          throw new ProblemException(
              ProblemKind.Common.INVALID_INPUT, List.of(new FieldError(key, "unknown", null)));
        }
      }
      rows.add(
          new Row(
              position,
              string(o, "qqNumber"),
              string(o, "displayName"),
              string(o, "algorithm"),
              string(o, "iterations"),
              string(o, "salt"),
              string(o, "hash")));
    }
    return rows;
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    throw new ProblemException(
        ProblemKind.Common.INVALID_INPUT, List.of(new FieldError(key, "invalid", null)));
  }

  private static List<Row> csv(String text) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (String header : parser.getHeaderNames()) {
        if (!KNOWN.contains(header)) {
          throw new ProblemException(
              ProblemKind.Common.INVALID_INPUT, List.of(new FieldError(header, "unknown", null)));
        }
      }
      if (!parser.getHeaderNames().contains("qqNumber")) {
        throw invalid("qqNumber", "required");
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (rows.size() > MAX_ROWS) {
          break;
        }
        rows.add(
            new Row(
                (int) r.getRecordNumber() + 1,
                get(r, "qqNumber"),
                get(r, "displayName"),
                get(r, "algorithm"),
                get(r, "iterations"),
                get(r, "salt"),
                get(r, "hash")));
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw invalid("file", "invalid");
    }
  }

  private static String get(CSVRecord r, String column) {
    String value = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    return value == null || value.isBlank() ? null : value;
  }

  private static String utf8(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw invalid("file", "invalid");
    }
  }

  private static ProblemException invalid(String field, String code) {
    return new ProblemException(
        ProblemKind.Common.INVALID_INPUT, List.of(new FieldError(field, code, null)));
  }
}
