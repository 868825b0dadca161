package com.openplatform.web.paging;

import com.openplatform.core.paging.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list on the API: its items, where it starts, its size, and the total. */
public record PageDto<T>(List<T> items, int first, int max, long total) {

  public static <V, T> PageDto<T> of(Page<V> page, Function<V, T> mapper) {
    return new PageDto<>(
        page.items().stream().map(mapper).toList(), page.first(), page.max(), page.total());
  }
}
