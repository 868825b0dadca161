package com.openplatform.accounts.stolen;

import java.util.List;

/** What a reporter gets back: the report's id and whether anything is missing for verification. */
public record ReceiptView(String id, boolean complete, List<String> missing) {}
