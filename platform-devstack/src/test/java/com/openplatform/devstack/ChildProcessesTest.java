package com.openplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a stack starts is left behind, and a stack that can't start says why. */
class ChildProcessesTest {

  @Test
  void theNextStartStopsWhatACrashedRunLeftBehind(@TempDir Path dir) throws Exception {
    ChildProcesses crashed = ChildProcesses.open(dir);
    Process leftover =
        crashed.start(
            new ProcessBuilder("sh", "-c", "sleep 300", dir.resolve("peer").toString()),
            dir.resolve("logs/peer.log"));
    assertThat(Files.readString(dir.resolve("run/children.pids")))
        .contains(Long.toString(leftover.pid()));

    try (ChildProcesses next = ChildProcesses.open(dir)) {
      assertThat(leftover.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void closeStopsEveryChildAndItsDescendants(@TempDir Path dir) throws Exception {
    ChildProcesses children = ChildProcesses.open(dir);
    Process parent =
        children.start(
            new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait"), dir.resolve("p.log"));
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (parent.descendants().count() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    var descendants = parent.descendants().toList();
    assertThat(descendants).hasSize(2);

    children.close();

    assertThat(parent.isAlive()).isFalse();
    assertThat(descendants).noneMatch(ProcessHandle::isAlive);
    assertThat(dir.resolve("run/children.pids")).doesNotExist();
  }

  @Test
  void aTakenPortIsNamedWithWhatNeedsIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> Ports.requireFree(Map.of(port, "Keycloak")))
          .isInstanceOf(Ports.PortTakenException.class)
          .hasMessageContaining("Port " + port + " (Keycloak) is already in use");
    }
  }

  @Test
  void aPeerThatDiesWhileAwaitedIsReportedWithTheEndOfItsLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("peer.log");
    try (ChildProcesses children = ChildProcesses.open(dir)) {
      Process peer =
          children.start(
              new ProcessBuilder("sh", "-c", "echo starting; echo 'fatal: disk full'; exit 3"),
              log);
      assertThatThrownBy(
              () ->
                  Processes.await(
                      "Peer", "port 1 to answer", peer, Duration.ofSeconds(30), log, () -> false))
          .isInstanceOf(Processes.PeerFailedException.class)
          .hasMessageContaining("Peer exited with status 3 before port 1 to answer")
          .hasMessageContaining("fatal: disk full");
    }
  }

  @Test
  void aPeerThatNeverGetsReadyIsReportedWithWhatWasAwaited(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("peer.log");
    Files.writeString(log, "still thinking\n");
    assertThatThrownBy(
            () ->
                Processes.await(
                    "Peer", "its health page", null, Duration.ofSeconds(1), log, () -> false))
        .hasMessageContaining("Peer was not ready after 1 s: waited for its health page")
        .hasMessageContaining("still thinking");
  }
}
