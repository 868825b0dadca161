package com.openplatform.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of single-line values (an application's domains, links, allow-listed
 * addresses) as one text column, one value per line. The values are checked before they get here:
 * none holds a line break. Applied with {@code @Convert} where a field wants it.
 */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join("\n", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
  }
}
