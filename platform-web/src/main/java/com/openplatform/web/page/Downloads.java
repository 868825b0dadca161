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
    return attachment(Response.ok(content, mediaType), fileName);
  }

  /** A file on disk as a REST download, streamed (reports can be large). */
  public static Response of(String fileName, String mediaType, java.nio.file.Path file) {
    return attachment(
        Response.ok(
            (jakarta.ws.rs.core.StreamingOutput) out -> java.nio.file.Files.copy(file, out),
            mediaType),
        fileName);
  }

  /** A stored file to send. */
  public record File(String name, String mediaType, byte[] content) {}

  /** A file on disk to send, streamed. */
  public record OnDisk(String name, String mediaType, java.nio.file.Path path) {}

  /**
   * Serves a stored file from a page's download link; a refusal (another developer's or tenant's
   * file, an id that does not exist) answers 404.
   */
  public static void serve(HttpServletResponse response, java.util.function.Supplier<File> lookup)
      throws IOException {
    File file = found(response, lookup);
    if (file != null) {
      write(response, file.name(), file.mediaType(), file.content());
    }
  }

  /** Serves a file on disk from a page's download link, as {@link #serve} does. */
  public static void serveFile(
      HttpServletResponse response, java.util.function.Supplier<OnDisk> lookup) throws IOException {
    OnDisk file = found(response, lookup);
    if (file != null) {
      attachment(response, file.name(), file.mediaType());
      response.setContentLengthLong(java.nio.file.Files.size(file.path()));
      java.nio.file.Files.copy(file.path(), response.getOutputStream());
    }
  }

  /** Writes a stored file to a servlet response, as {@link #of} does for the REST API. */
  public static void write(
      HttpServletResponse response, String fileName, String mediaType, byte[] content)
      throws IOException {
    attachment(response, fileName, mediaType);
    response.getOutputStream().write(content);
  }

  /** The file the lookup finds; null, with a 404 sent, when it refuses. */
  private static <T> T found(HttpServletResponse response, java.util.function.Supplier<T> lookup)
      throws IOException {
    try {
      return lookup.get();
    } catch (RuntimeException e) {
      if (Pages.refusal(e) != null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return null;
      }
      throw e;
    }
  }

  private static Response attachment(Response.ResponseBuilder response, String fileName) {
    return response
        .header("Content-Disposition", disposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static void attachment(HttpServletResponse response, String fileName, String mediaType) {
    response.setContentType(mediaType);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", disposition(fileName));
  }

  /** {@code attachment; filename*=UTF-8''…} for a header. */
  static String disposition(String fileName) {
    return "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
