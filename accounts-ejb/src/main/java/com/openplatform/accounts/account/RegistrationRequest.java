package com.openplatform.accounts.account;

/** A developer's registration: the email that will be the account's identity, and a password. */
public record RegistrationRequest(String email, String password) {

  @Override
  public String toString() {
    return "RegistrationRequest[email=" + email + "]";
  }
}
