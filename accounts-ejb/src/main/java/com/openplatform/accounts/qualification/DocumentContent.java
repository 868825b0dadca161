package com.openplatform.accounts.qualification;

/** A document with its content, for download. */
public record DocumentContent(DocumentView document, byte[] content) {}
