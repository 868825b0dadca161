package com.openplatform.accounts.qq;

import java.util.List;

/** What an import did: how many rows it read and imported, and each refused row with why. */
public record ImportReport(int received, int imported, List<Refusal> refused) {

  /**
   * A row not imported: its line (CSV) or position (JSON), its QQ number as given, and the reason
   * as a code ({@code qq-format}, {@code qq-taken}, {@code hash-algorithm}, {@code
   * hash-iterations}, {@code hash-encoding}, {@code too-long}, {@code unavailable}).
   */
  public record Refusal(int line, String qqNumber, String reason) {}
}
