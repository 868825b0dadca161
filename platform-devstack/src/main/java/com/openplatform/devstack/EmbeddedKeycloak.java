package com.openplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server distribution from Maven Central, unpacked once into the data directory and run
 * in development mode (its own H2 file database, kept between runs) with a bootstrap admin.
 */
final class EmbeddedKeycloak implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final ChildProcesses children;
  private final Process process;

  private EmbeddedKeycloak(ChildProcesses children, Process process) {
    this.children = children;
    this.process = process;
  }

  static EmbeddedKeycloak start(StackConfig config, ChildProcesses children)
      throws IOException, InterruptedException {
    Path home = unpack(config.keycloakZip(), config.dataDir().resolve("keycloak"));
    if (config.keycloakTheme().isPresent()) {
      installTheme(config.keycloakTheme().get(), home);
    }
    installProviders(config.keycloakZip().resolveSibling("providers"), home);
    Path log = config.dataDir().resolve("logs/keycloak.log");
    String url = config.keycloakUrl();
    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + config.keycloakPort(),
            "--http-management-port=" + config.keycloakManagementPort(),
            "--hostname=" + url);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", StackConfig.KEYCLOAK_ADMIN);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", StackConfig.KEYCLOAK_ADMIN_PASSWORD);
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    Process process = children.start(builder, log);
    EmbeddedKeycloak keycloak = new EmbeddedKeycloak(children, process);
    String discovery = url + "/realms/master/.well-known/openid-configuration";
    try {
      Processes.await(
          "Keycloak",
          "its master realm to answer at " + discovery,
          process,
          START_TIMEOUT,
          log,
          () -> Processes.answers(discovery));
    } catch (RuntimeException | InterruptedException e) {
      keycloak.close();
      throw e;
    }
    children.record();
    return keycloak;
  }

  /** Copies the platform's sign-in theme (a folder of themes) into Keycloak's {@code themes/}. */
  static void installTheme(Path themes, Path home) throws IOException {
    if (!Files.isDirectory(themes)) {
      throw new IOException("no Keycloak theme folder at " + themes);
    }
    try (Stream<Path> each = Files.list(themes)) {
      for (Path theme : each.filter(Files::isDirectory).toList()) {
        Path target = home.resolve("themes").resolve(theme.getFileName());
        WildFlyProcess.deleteTree(target);
        WildFlyProcess.copyTree(theme, target);
      }
    }
  }

  /**
   * Copies the platform's Keycloak provider (keycloak-provider: applications' client
   * authentication), which the build puts beside the distribution's zip, into Keycloak's {@code
   * providers/}; development mode rebuilds Keycloak with it at a start after it changed.
   */
  static void installProviders(Path providers, Path home) throws IOException {
    if (!Files.isDirectory(providers)) {
      throw new IOException("no Keycloak providers at " + providers + " (build the project first)");
    }
    Path target = home.resolve("providers");
    Files.createDirectories(target);
    try (Stream<Path> jars = Files.list(providers)) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Path installed = target.resolve(jar.getFileName());
        // only a changed provider: Keycloak rebuilds itself (about 13 s) when a provider's file
        // time changes, so an unchanged one is left as it is and a warm start skips the rebuild
        if (!Files.exists(installed) || Files.mismatch(jar, installed) != -1) {
          Files.copy(jar, installed, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Unpacks the distribution unless a previous run did; returns its home. */
  static Path unpack(Path zip, Path into) throws IOException {
    if (Files.isDirectory(into)) {
      try (Stream<Path> homes = Files.list(into)) {
        var home = homes.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst();
        if (home.isPresent()) {
          return home.get();
        }
      }
    }
    Files.createDirectories(into);
    Path home = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("zip entry outside target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        copy(in, target);
        if (target.toString().endsWith(".sh")) {
          target.toFile().setExecutable(true);
        }
        if (target.endsWith("bin/kc.sh")) {
          home = target.getParent().getParent();
        }
      }
    }
    if (home == null) {
      throw new IOException("no bin/kc.sh in " + zip);
    }
    return home;
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }

  ProcessHandle process() {
    return process.toHandle();
  }

  @Override
  public void close() {
    children.stop(process);
  }
}
