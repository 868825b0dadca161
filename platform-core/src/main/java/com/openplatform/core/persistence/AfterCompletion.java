package com.openplatform.core.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work to do when the current transaction ends, committed or not. */
public final class AfterCompletion {

  private AfterCompletion() {}

  /**
   * Runs {@code work} with the transaction's final status ({@link jakarta.transaction.Status}) once
   * it has ended; an interposed synchronization, so after every resource finished.
   */
  public static void register(TransactionSynchronizationRegistry transactions, IntConsumer work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            work.accept(status);
          }
        });
  }
}
