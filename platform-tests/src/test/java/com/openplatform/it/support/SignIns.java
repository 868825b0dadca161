package com.openplatform.it.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One sign-in of a user at a time in the test run. Keycloak's brute-force protector (26.x, blocking
 * by default) refuses a user's sign-in while another sign-in of the same user is in progress — a
 * guard against parallel guessing, kept on in the tests as in production. Test classes run side by
 * side and share the demo staff users, so their sign-ins (token grants, browser sign-ins) take
 * turns per user here.
 */
public final class SignIns {

  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private SignIns() {}

  /** Runs {@code signIn} while no other sign-in of this user of this tenant runs. */
  public static <T> T oneAtATime(String tenant, String username, Supplier<T> signIn) {
    ReentrantLock lock =
        LOCKS.computeIfAbsent(
            tenant + "/" + username.toLowerCase(java.util.Locale.ROOT), k -> new ReentrantLock());
    lock.lock();
    try {
      return signIn.get();
    } finally {
      lock.unlock();
    }
  }
}
