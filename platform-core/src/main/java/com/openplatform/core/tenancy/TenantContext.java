package com.openplatform.core.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The caller of the current thread. The web tier's caller filter binds it for each request;
 * background work (timers, message listeners, start-up) binds it explicitly with {@link #callAs}.
 * It is never taken from a request parameter.
 */
public final class TenantContext {

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<Caller> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current caller, or {@link NoTenantException} when none is bound. */
  public static Caller caller() {
    Caller caller = CURRENT.get();
    if (caller == null) {
      throw new NoTenantException();
    }
    return caller;
  }

  public static TenantId tenant() {
    return caller().tenant();
  }

  /** Binds a caller for the duration of a unit of work; restores the previous one afterwards. */
  public static <T> T callAs(Caller caller, Callable<T> work) throws Exception {
    Caller previous = CURRENT.get();
    CURRENT.set(caller);
    try {
      return work.call();
    } finally {
      restore(previous);
    }
  }

  public static void runAs(Caller caller, Runnable work) {
    Caller previous = CURRENT.get();
    CURRENT.set(caller);
    try {
      work.run();
    } finally {
      restore(previous);
    }
  }

  /** For the request filter, which binds and clears around the whole filter chain. */
  public static Binding bind(Caller caller) {
    Caller previous = CURRENT.get();
    CURRENT.set(caller);
    return () -> restore(previous);
  }

  private static void restore(Caller previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** Undoes a {@link #bind}. */
  public interface Binding extends AutoCloseable {
    @Override
    void close();
  }

  /** Thrown when tenant data is touched with no tenant bound: a programming error, never a 4xx. */
  public static final class NoTenantException extends IllegalStateException {
    public NoTenantException() {
      super("no tenant bound to this thread");
    }
  }
}
