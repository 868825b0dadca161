package com.openplatform.core.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, where it starts, how many it may hold, and how many there are in
 * all. Every staff list is paged; none is cut off silently.
 */
public record Page<T>(List<T> items, int first, int max, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), first, max, total);
  }

  public boolean hasNext() {
    return first + items.size() < total;
  }

  public boolean hasPrevious() {
    return first > 0;
  }

  /** The first item of the next page. */
  public int nextFirst() {
    return first + max;
  }

  /** The first item of the previous page. */
  public int previousFirst() {
    return Math.max(0, first - max);
  }

  /** 1-based number of the first item shown, for "21–40 of 57". */
  public int from() {
    return items.isEmpty() ? 0 : first + 1;
  }

  public int to() {
    return first + items.size();
  }
}
