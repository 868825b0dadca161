package com.openplatform.accounts.stolen;

/**
 * What a reporter tells (§2.1.6): the account (its registered email), who they are (name, contact,
 * identity information and credentials), the facts and their requests.
 */
public record ReportForm(
    String accountEmail,
    String reporterName,
    String reporterEmail,
    String reporterPhone,
    String identityInfo,
    String facts,
    String requests) {}
