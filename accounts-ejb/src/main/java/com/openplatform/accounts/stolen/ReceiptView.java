package com.openplatform.accounts.stolen;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reporter gets back: the report's id and whether anything is missing for verification. */
public record ReceiptView(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true, description = "Whether the report holds all the operator needs")
        boolean complete,
    @Schema(required = true, description = "The fields the report still lacks")
        List<String> missing) {}
