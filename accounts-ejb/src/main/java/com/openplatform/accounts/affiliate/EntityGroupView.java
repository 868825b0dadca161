package com.openplatform.accounts.affiliate;

import com.openplatform.accounts.account.AccountStatus;
import java.util.List;

/**
 * The entity an account belongs to (§5.7): every account tied to it by a shared registration number
 * or a declared affiliation, and whether the entity is banned (any member banned, §5.4).
 */
public record EntityGroupView(String accountId, List<Member> members, boolean banned) {

  /**
   * A member, and why it is one: {@code self}, {@code declared: <reason>}, {@code
   * registration-number}.
   */
  public record Member(String accountId, String email, AccountStatus status, String via) {}
}
