package com.openplatform.core.notice;

/** §6.1: the ways the operator may give a developer notice. */
public enum Channel {
  /** A web announcement: public on the tenant's notices page and its Atom feed. */
  ANNOUNCEMENT,
  /** A web prompt: shown to the developer at the next sign-in until acknowledged. */
  PROMPT,
  /** Internal mail: the developer's inbox on the site. */
  INBOX,
  /** Email to the account's address. */
  EMAIL,
  /** SMS to the contact phone of the materials, once confirmed. */
  SMS,
  /** Post to the contact address of the materials (a dispatch record for the mail room). */
  POST;

  /** Whether a delivery on this channel is sent to a peer (and may fail and be retried). */
  public boolean sentToPeer() {
    return this == EMAIL || this == SMS || this == POST;
  }
}
