package com.openplatform.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every process a stack starts, written to {@code run/children.pids} in its data directory the
 * moment it starts, so that none is ever left behind:
 *
 * <ul>
 *   <li>{@link #close()} stops them all (the launcher's shutdown hook, the tests' session end);
 *   <li>a watchdog ({@code /bin/sh}, a child of this JVM) stops them when this JVM dies without
 *       running its hooks ({@code kill -9}, an IDE's hard stop);
 *   <li>{@link #open} stops what an earlier run of the same data directory left running.
 * </ul>
 */
final class ChildProcesses implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ChildProcesses.class.getName());
  static final Duration GRACE = Duration.ofSeconds(30);

  /**
   * Stops the recorded processes once the given JVM is gone: TERM, up to 30 s, then KILL. Ignores
   * the terminal's Ctrl-C (the JVM's own hook stops everything then).
   */
  private static final String WATCHDOG =
      "trap '' INT HUP\n"
          + "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done\n"
          + "[ -f \"$2\" ] || exit 0\n"
          + "for p in $(cat \"$2\"); do kill -TERM \"$p\" 2>/dev/null; done\n"
          + "i=0\n"
          + "while [ $i -lt 30 ]; do\n"
          + "  alive=0\n"
          + "  for p in $(cat \"$2\"); do kill -0 \"$p\" 2>/dev/null && alive=1; done\n"
          + "  [ $alive = 0 ] && break\n"
          + "  sleep 1; i=$((i+1))\n"
          + "done\n"
          + "for p in $(cat \"$2\"); do kill -KILL \"$p\" 2>/dev/null; done\n"
          + "rm -f \"$2\"\n";

  private final Path dataDir;
  private final Path pidFile;
  private final List<Process> started = new CopyOnWriteArrayList<>();
  private Process watchdog;

  private ChildProcesses(Path dataDir) {
    this.dataDir = dataDir;
    this.pidFile = dataDir.resolve("run/children.pids");
  }

  /** Stops the leftovers of an earlier run of this data directory, then starts the watchdog. */
  static ChildProcesses open(Path dataDir) throws IOException {
    ChildProcesses children = new ChildProcesses(dataDir);
    Files.createDirectories(children.pidFile.getParent());
    children.stopLeftovers();
    children.startWatchdog();
    return children;
  }

  /** Starts a process with its output appended to {@code log}, recorded at once. */
  Process start(ProcessBuilder builder, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process process = builder.start();
    started.add(process);
    record();
    return process;
  }

  /** Records the processes' descendants too (start scripts fork the JVMs). */
  void record() {
    Set<Long> pids = new LinkedHashSet<>();
    for (Process p : started) {
      if (p.isAlive()) {
        pids.add(p.pid());
        p.descendants().forEach(d -> pids.add(d.pid()));
      }
    }
    try {
      Files.writeString(
          pidFile,
          String.join("\n", pids.stream().map(String::valueOf).toList()) + "\n",
          StandardCharsets.US_ASCII);
    } catch (IOException e) {
      LOG.warning("could not record child processes in " + pidFile + ": " + e);
    }
  }

  /** Stops one process and everything it started: TERM, then KILL after the grace period. */
  void stop(Process process) {
    stop(process.toHandle(), GRACE);
    started.remove(process);
    record();
  }

  static void stop(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process);
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : all) {
      long left = deadline - System.nanoTime();
      try {
        p.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        break;
      }
    }
    all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  @Override
  public void close() {
    List<Process> reverse = new ArrayList<>(started);
    java.util.Collections.reverse(reverse);
    reverse.forEach(this::stop);
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      LOG.warning("could not remove " + pidFile + ": " + e);
    }
    if (watchdog != null) {
      watchdog.destroy();
    }
  }

  private void startWatchdog() {
    Path sh = Path.of("/bin/sh");
    if (!Files.isExecutable(sh)) {
      return;
    }
    try {
      watchdog =
          new ProcessBuilder(
                  sh.toString(),
                  "-c",
                  WATCHDOG,
                  "watchdog",
                  Long.toString(ProcessHandle.current().pid()),
                  pidFile.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      LOG.warning("no watchdog for the stack's processes: " + e);
    }
  }

  /**
   * Stops processes an earlier run recorded that are still alive and still belong to this data
   * directory (their command line names it), so a reused pid is never touched.
   */
  private void stopLeftovers() throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    List<ProcessHandle> leftovers;
    try (Stream<String> lines = Files.lines(pidFile)) {
      leftovers =
          lines
              .map(String::strip)
              .filter(s -> s.matches("[0-9]+"))
              .map(Long::parseLong)
              .map(ProcessHandle::of)
              .flatMap(Optional::stream)
              .filter(p -> p.isAlive() && ownedHere(p))
              .toList();
    }
    for (ProcessHandle p : leftovers) {
      System.out.println(
          "Stopping a process an earlier run left behind: pid "
              + p.pid()
              + " "
              + p.info().command().orElse(""));
      stop(p, GRACE);
    }
    Files.deleteIfExists(pidFile);
  }

  private boolean ownedHere(ProcessHandle p) {
    String here = dataDir.toString();
    return p.info().commandLine().map(c -> c.contains(here)).orElse(false)
        || p.info().arguments().map(a -> String.join(" ", a).contains(here)).orElse(false);
  }
}
