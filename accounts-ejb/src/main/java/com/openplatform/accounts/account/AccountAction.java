package com.openplatform.accounts.account;

import static com.openplatform.accounts.account.AccountStatus.ACTIVE;
import static com.openplatform.accounts.account.AccountStatus.BANNED;
import static com.openplatform.accounts.account.AccountStatus.PENDING;
import static com.openplatform.accounts.account.AccountStatus.RESTRICTED;
import static com.openplatform.accounts.account.AccountStatus.SUSPENDED;
import static com.openplatform.accounts.account.AccountStatus.TERMINATED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The named operations that change an account's status, each with the statuses it may start from.
 * Nothing else changes a status, and every change is recorded with who made it and why.
 */
public enum AccountAction {
  /** §2.1.1, §2.1.2: the developer followed the link mailed to the registered address. */
  CONFIRM_EMAIL(ACTIVE, EnumSet.of(PENDING)),
  /** §2.1.3, §2.8: some services withheld. */
  RESTRICT(RESTRICTED, EnumSet.of(ACTIVE)),
  /** §2.1.3, §2.1.6, §2.8: all services withheld until reinstated. */
  SUSPEND(SUSPENDED, EnumSet.of(ACTIVE, RESTRICTED)),
  REINSTATE(ACTIVE, EnumSet.of(RESTRICTED, SUSPENDED)),
  /** §5.1–§5.3: the agreement ends (also on a written refusal of it, §5.1, §6.4). */
  TERMINATE(TERMINATED, EnumSet.of(PENDING, ACTIVE, RESTRICTED, SUSPENDED)),
  /** §5.4, §5.7: terminated for breach; the entity may not come back under a new account. */
  BAN(BANNED, EnumSet.of(PENDING, ACTIVE, RESTRICTED, SUSPENDED, TERMINATED));

  private final AccountStatus target;
  private final Set<AccountStatus> from;

  AccountAction(AccountStatus target, Set<AccountStatus> from) {
    this.target = target;
    this.from = from;
  }

  public AccountStatus target() {
    return target;
  }

  public boolean allowedFrom(AccountStatus status) {
    return from.contains(status);
  }

  /** Whether an account in the resulting status may still sign in. */
  public boolean locksSignIn() {
    return target == TERMINATED || target == BANNED || target == SUSPENDED;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<AccountAction> ofCode(String code) {
    for (AccountAction action : values()) {
      if (action.code().equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
