package com.openplatform.web.page;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file as an HTTP download: its type, and its name as RFC 6266 spells non-ASCII names. */
public final class Downloads {

  private Downloads() {}

  public static Response of(String fileName, String mediaType, byte[] content) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", disposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** {@code attachment; filename*=UTF-8''…} for a header. */
  public static String disposition(String fileName) {
    return "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
