package com.openplatform.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
  };

  @Test
  void detectsTheTypeFromTheContent() {
    assertThat(DocumentCheck.mediaType("licence.pdf", PDF)).isEqualTo("application/pdf");
    assertThat(DocumentCheck.mediaType("scan.png", PNG)).isEqualTo("image/png");
    assertThat(DocumentCheck.mediaType("photo.jpg", JPEG)).isEqualTo("image/jpeg");
    assertThat(DocumentCheck.mediaType("misnamed.txt", PDF)).isEqualTo("application/pdf");
  }

  @Test
  void refusesAFakePdf() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                DocumentCheck.mediaType(
                    "licence.pdf", "just text pretending".getBytes(StandardCharsets.UTF_8)));

    assertThat(e.kind()).isEqualTo(DocumentCheck.DOCUMENT_TYPE);
    assertThat(e.kind().status()).isEqualTo(415);
  }

  @Test
  void refusesEmptyAndOversizedDocuments() {
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> DocumentCheck.mediaType("a.pdf", new byte[0]))
                .kind())
        .isEqualTo(ProblemKind.Common.INVALID_INPUT);
    byte[] big = new byte[DocumentCheck.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> DocumentCheck.mediaType("a.pdf", big))
                .kind())
        .isEqualTo(ProblemKind.Common.PAYLOAD_TOO_LARGE);
  }

  @Test
  void keepsOnlyTheNameOfAPath() {
    assertThat(DocumentCheck.cleanName("C:\\Users\\x\\营业执照.pdf")).isEqualTo("营业执照.pdf");
    assertThat(DocumentCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(DocumentCheck.cleanName("a\"b\u0000.pdf")).isEqualTo("ab.pdf");
  }

  @Test
  void hashesWithSha256() {
    assertThat(DocumentCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
