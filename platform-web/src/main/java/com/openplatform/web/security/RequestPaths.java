package com.openplatform.web.security;

/** Small facts about request paths, shared by the resolver and the caller filter. */
final class RequestPaths {

  private RequestPaths() {}

  /** The path of an absolute or relative URI, without query. */
  static String pathOf(String uri) {
    String path = uri;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** {@code /portal/api/x} → {@code /portal}. */
  static String contextRoot(String path) {
    int next = path.indexOf('/', 1);
    return next < 0 ? path : path.substring(0, next);
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/", contextRoot(path).length());
  }
}
