package com.openplatform.accounts.qq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QqImportFileTest {

  private static final String HEADER = "qqNumber,displayName,algorithm,iterations,salt,hash\n";

  private static List<QqImportFile.Row> read(String type, String text) {
    return QqImportFile.read(type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ProblemException refusal(String type, String text) {
    return catchThrowableOfType(ProblemException.class, () -> read(type, text));
  }

  @Test
  void csvRowsCarryTheirLineNumbers() {
    List<QqImportFile.Row> rows =
        read(
            "text/csv",
            "\uFEFF"
                + HEADER
                + "10001,\"Zhang, San\",pbkdf2-sha256,27500,c2E=,aGE=\n10002,,pbkdf2,1,a,b\n");

    assertThat(rows).extracting(QqImportFile.Row::line).containsExactly(2, 3);
    assertThat(rows.get(0).displayName()).isEqualTo("Zhang, San");
    assertThat(rows.get(1).displayName()).isNull();
    assertThat(rows.get(1).qqNumber()).isEqualTo("10002");
  }

  @Test
  void jsonRowsCarryTheirPositionsAndNumbersAsText() {
    List<QqImportFile.Row> rows =
        read(
            "application/json",
            "[{\"qqNumber\":\"10001\",\"iterations\":27500},{\"qqNumber\":10002}]");

    assertThat(rows).extracting(QqImportFile.Row::line).containsExactly(1, 2);
    assertThat(rows.get(0).iterations()).isEqualTo("27500");
    assertThat(rows.get(1).qqNumber()).isEqualTo("10002");
  }

  @Test
  void unknownColumnsAndFieldsAreNamed() {
    assertThat(refusal("text/csv", "qqNumber,password\n1,2\n").errors())
        .extracting(FieldError::field)
        .containsExactly("password");
    assertThat(refusal("application/json", "[{\"qqNumber\":\"1\",\"plain\":\"x\"}]").errors())
        .extracting(FieldError::field)
        .containsExactly("plain");
  }

  @Test
  void emptyMalformedAndOversizedFilesAreRefusedWhole() {
    assertThat(refusal("text/csv", HEADER).errors())
        .extracting(FieldError::code)
        .containsExactly("required");
    assertThat(refusal("application/json", "{not json").errors())
        .extracting(FieldError::code)
        .containsExactly("invalid");
    assertThat(
            catchThrowableOfType(
                    ProblemException.class,
                    () -> QqImportFile.read("text/csv", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .errors())
        .extracting(FieldError::code)
        .containsExactly("invalid");
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 0; i <= QqImportFile.MAX_ROWS; i++) {
      many.append(10000 + i).append(",,pbkdf2,1,a,b\n");
    }
    assertThat(refusal("text/csv", many.toString()).errors())
        .extracting(FieldError::code)
        .containsExactly("too-many-rows");
  }
}
