package com.openplatform.core.paging;

/** Which page a caller asks for: a start (from 0) and a size, clamped to what a list allows. */
public record PageRequest(int first, int max) {

  public static final int DEFAULT_MAX = 50;
  public static final int MAX = 200;

  public PageRequest {
    first = Math.max(0, first);
    max = max <= 0 ? DEFAULT_MAX : Math.min(max, MAX);
  }

  public static PageRequest of(Integer first, Integer max) {
    return new PageRequest(first == null ? 0 : first, max == null ? DEFAULT_MAX : max);
  }

  public <T> Page<T> page(java.util.List<T> items, long total) {
    return new Page<>(items, first, max, total);
  }
}
