package com.openplatform.web.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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

  /** A stored file to send. */
  public record File(String name, String mediaType, byte[] content) {}

  /**
   * Serves a stored file from a page's download link; a refusal (another developer's or tenant's
   * file, an id that does not exist) answers 404.
   */
  public static void serve(HttpServletResponse response, java.util.function.Supplier<File> lookup)
      throws IOException {
    File file;
    try {
      file = lookup.get();
    } catch (RuntimeException e) {
      if (Pages.refusal(e) != null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    write(response, file.name(), file.mediaType(), file.content());
  }

  /** Writes a stored file to a servlet response, as {@link #of} does for the REST API. */
  public static void write(
      HttpServletResponse response, String fileName, String mediaType, byte[] content)
      throws IOException {
    response.setContentType(mediaType);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", disposition(fileName));
    response.getOutputStream().write(content);
  }

  /** A file on disk as a REST download, streamed (reports can be large). */
  public static Response of(String fileName, String mediaType, java.nio.file.Path file) {
    return Response.ok(
            (jakarta.ws.rs.core.StreamingOutput) out -> java.nio.file.Files.copy(file, out),
            mediaType)
        .header("Content-Disposition", disposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** Writes a file on disk to a servlet response, streamed. */
  public static void write(
      HttpServletResponse response, String fileName, String mediaType, java.nio.file.Path file)
      throws IOException {
    response.setContentType(mediaType);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", disposition(fileName));
    response.setContentLengthLong(java.nio.file.Files.size(file));
    java.nio.file.Files.copy(file, response.getOutputStream());
  }

  /** {@code attachment; filename*=UTF-8''…} for a header. */
  static String disposition(String fileName) {
    return "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
