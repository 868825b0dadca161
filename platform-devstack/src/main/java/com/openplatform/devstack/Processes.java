package com.openplatform.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starting, watching and stopping the stack's child processes. */
final class Processes {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Processes() {}

  static Process start(ProcessBuilder builder, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder.start();
  }

  /** Waits until {@code ready} holds, failing early when the process dies. */
  static void await(String what, Process process, Duration timeout, Path log, BooleanSupplier ready)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(
            what + " exited with " + process.exitValue() + "; see " + log);
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(what + " not ready after " + timeout + "; see " + log);
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

  /** Stops a process and everything it started (the start scripts fork the JVMs). */
  static void stop(Process process, Duration grace) {
    if (process == null || !process.isAlive()) {
      return;
    }
    var children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      for (ProcessHandle child : children) {
        child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      }
      process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // fall through to the forced stop
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
