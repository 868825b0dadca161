package com.openplatform.accounts.api;

/**
 * What a developer's account must satisfy for an operation, each gate including the ones before it.
 * Every gate needs a signed-in developer whose account is active or restricted (a suspended,
 * terminated or banned account's tokens, which live a few minutes, are refused at once).
 */
public enum Gate {
  /** §2.1.1: an account registered with a QQ number has linked an email. */
  EMAIL_LINKED,
  /** §8.1: the agreement version in force is accepted. */
  AGREEMENT_ACCEPTED,
  /**
   * §2.1.3, §2.8.3(4), §2.8.4(4): the account is not restricted — a restricted account may not
   * register new applications, order verification or use other paid services.
   */
  UNRESTRICTED
}
