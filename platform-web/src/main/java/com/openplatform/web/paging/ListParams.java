package com.openplatform.web.paging;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The query parameters of a staff list's page: where it starts ({@code first}), how it is ordered
 * ({@code sort}: a field, {@code -field} for descending) and what it searches ({@code q}); and the
 * links of its column headers and pager, which keep the others.
 */
public class ListParams implements Serializable {

  private static final long serialVersionUID = 1L;

  private int first;
  private String sort;
  private String query;

  /** A column header's link: orders by {@code field}, reversed when it is the order already. */
  public String sortLink(String field) {
    String next = field.equals(sort) ? "-" + field : field;
    return "?sort=" + encode(next) + queryPart();
  }

  /** ▲ or ▼ beside the column the list is ordered by, nothing beside the others. */
  public String indicator(String field) {
    if (field.equals(sort)) {
      return "▲";
    }
    return ("-" + field).equals(sort) ? "▼" : "";
  }

  /** The pager's further parameters (each starting with {@code &}). */
  public String pagerQuery() {
    return (sort == null || sort.isBlank() ? "" : "&sort=" + encode(sort)) + queryPart();
  }

  private String queryPart() {
    return query == null || query.isBlank() ? "" : "&q=" + encode(query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
