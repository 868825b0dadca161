package com.openplatform.core.notice;

/**
 * §6.3: a legal notice (agreement, fees, decisions, sanctions) reaches a developer on every channel
 * it is sent on; a commercial message is marked as such and a developer may opt out of it per
 * channel.
 */
public enum NoticeKind {
  LEGAL,
  COMMERCIAL
}
