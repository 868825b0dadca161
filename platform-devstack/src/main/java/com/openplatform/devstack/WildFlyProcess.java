package com.openplatform.devstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * WildFly as configured by platform-server, run with a server base directory of its own in the data
 * directory (a fresh copy of the configured {@code standalone/} each start) and the EAR deployed.
 */
final class WildFlyProcess implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final ChildProcesses children;
  private final Process process;

  private WildFlyProcess(ChildProcesses children, Process process) {
    this.children = children;
    this.process = process;
  }

  static WildFlyProcess start(StackConfig config, ChildProcesses children)
      throws IOException, InterruptedException {
    Path home = config.wildflyHome();
    if (!Files.exists(home.resolve("bin/standalone.sh"))) {
      throw new IllegalStateException(
          "no configured WildFly at " + home + " (build platform-server)");
    }
    if (!Files.exists(config.ear())) {
      throw new IllegalStateException("no EAR at " + config.ear() + " (build platform-ear)");
    }
    Path base = config.dataDir().resolve("wildfly");
    deleteTree(base);
    copyTree(home.resolve("standalone"), base);
    Path deployments = base.resolve("deployments");
    Files.copy(
        config.ear(), deployments.resolve("platform.ear"), StandardCopyOption.REPLACE_EXISTING);
    Path log = config.dataDir().resolve("logs/wildfly.log");
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone-full.xml");
    command.add("-Djboss.server.base.dir=" + base);
    config.serverProperties().forEach((k, v) -> command.add("-D" + k + "=" + v));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            "-Xms128m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true "
                + System.getProperty("op.stack.wildfly-jvm-args", ""));
    Process process = children.start(builder, log);
    WildFlyProcess wildfly = new WildFlyProcess(children, process);
    Path deployed = deployments.resolve("platform.ear.deployed");
    Path failed = deployments.resolve("platform.ear.failed");
    try {
      Processes.await(
          "WildFly",
          "platform.ear to be deployed (" + deployed + ")",
          process,
          START_TIMEOUT,
          log,
          () -> Files.exists(deployed) || Files.exists(failed));
      if (Files.exists(failed)) {
        throw new Processes.PeerFailedException(
            "The EAR failed to deploy: " + Files.readString(failed) + "\n" + Processes.tail(log));
      }
    } catch (RuntimeException | InterruptedException e) {
      wildfly.close();
      throw e;
    }
    children.record();
    return wildfly;
  }

  @Override
  public void close() {
    children.stop(process);
  }

  static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir)));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file, to.resolve(from.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
