package com.openplatform.accounts.account;

/** The life of a developer account. */
public enum AccountStatus {
  PENDING,
  ACTIVE,
  RESTRICTED,
  SUSPENDED,
  TERMINATED,
  BANNED
}
