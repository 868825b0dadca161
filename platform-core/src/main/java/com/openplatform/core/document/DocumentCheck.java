package com.openplatform.core.document;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Checks an uploaded document — a developer's qualification document (§2.2), an application's
 * licence or copyright document (§2.2.3, §2.2.4): at most {@link #MAX_BYTES}, and a PDF, JPEG or
 * PNG by its content (Apache Tika's magic-byte detection), whatever its name claims.
 */
public final class DocumentCheck {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int NAME_MAX = 200;

  /** The content is none of the accepted types. */
  public static final ProblemKind DOCUMENT_TYPE = ProblemKind.of("document-type", 415);

  public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
  private static final Tika TIKA = new Tika();

  private DocumentCheck() {}

  /**
   * An upload's bytes, read no further than one byte past {@link #MAX_BYTES}: enough for {@link
   * #mediaType} to refuse an oversized one without holding all of it.
   */
  public static byte[] read(java.io.InputStream in) throws java.io.IOException {
    return in.readNBytes(MAX_BYTES + 1);
  }

  /** The detected media type of an acceptable document. */
  public static String mediaType(String fileName, byte[] content) {
    if (fileName == null || fileName.isBlank() || fileName.length() > NAME_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(
              new FieldError(
                  "name", fileName == null || fileName.isBlank() ? "required" : "too-long", null)));
    }
    if (content == null || content.length == 0) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("file", "required", null)));
    }
    if (content.length > MAX_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    String detected = TIKA.detect(content);
    if (!ACCEPTED.contains(detected)) {
      throw new ProblemException(DOCUMENT_TYPE, detected);
    }
    return detected;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file name safe to keep and to send back in a header: no paths, no control characters. */
  public static String cleanName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> c >= 0x20 && c != 0x7f && c != '"')
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    return result.isEmpty() ? "document" : result;
  }
}
