package com.openplatform.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Waiting for the stack's peers, and saying exactly what went wrong when one does not come up. */
final class Processes {

  static final int TAIL_LINES = 40;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Processes() {}

  /**
   * Waits until {@code ready} holds. Fails early when the process dies, and on failure names what
   * it waited for and quotes the end of the peer's log.
   */
  static void await(
      String what,
      String condition,
      Process process,
      Duration timeout,
      Path log,
      BooleanSupplier ready)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (process != null && !process.isAlive()) {
        throw new PeerFailedException(
            what
                + " exited with status "
                + process.exitValue()
                + " before "
                + condition
                + ".\n"
                + tail(log));
      }
      Thread.sleep(500);
    }
    throw new PeerFailedException(
        what
            + " was not ready after "
            + timeout.toSeconds()
            + " s: waited for "
            + condition
            + ".\n"
            + tail(log));
  }

  /** The last lines of a peer's log, introduced by its path, for a failure message. */
  static String tail(Path log) {
    if (log == null || !Files.exists(log)) {
      return "(no log at " + log + ")";
    }
    Deque<String> last = new ArrayDeque<>();
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      lines.forEach(
          line -> {
            last.addLast(line);
            if (last.size() > TAIL_LINES) {
              last.removeFirst();
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(log " + log + " unreadable: " + e.getMessage() + ")";
    }
    return "Last lines of " + log + ":\n  " + String.join("\n  ", last);
  }

  static boolean answers(String url) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A peer that did not start; its message says what was awaited and quotes the peer's log. */
  static final class PeerFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PeerFailedException(String message) {
      super(message);
    }
  }
}
