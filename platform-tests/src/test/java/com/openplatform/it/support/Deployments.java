package com.openplatform.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of a test run: the real EAR as the build made it, plus the test module {@code
 * it-probe.war} (context {@code /it-probe}) beside the platform's modules. The probe module holds
 * the tests' classes and JUnit, so tests marked {@link InServer} run inside the EAR, and it offers
 * the timers' rounds to tests ({@code com.openplatform.it.probe}). Only the test run deploys it.
 */
public final class Deployments {

  /** What the probe module needs besides the test classes: JUnit and the assertion libraries. */
  private static final String[] LIBRARIES = {
    "org.junit.jupiter.api.Test",
    "org.junit.jupiter.engine.JupiterTestEngine",
    "org.junit.platform.commons.util.ReflectionUtils",
    "org.junit.platform.engine.TestEngine",
    "org.junit.platform.launcher.Launcher",
    "org.opentest4j.AssertionFailedError",
    "org.apiguardian.api.API",
    "org.assertj.core.api.Assertions",
    "org.awaitility.Awaitility",
    "org.hamcrest.Matcher",
  };

  private Deployments() {}

  /** Writes the EAR with the probe module to {@code target} and returns its path. */
  public static Path testEar(Path platformEar, Path testClasses, Path target) throws IOException {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, platformEar.toFile());
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, "it-probe.war")
            .addAsWebInfResource(
                new StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml");
    try (var files = Files.walk(testClasses)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = testClasses.relativize(file).toString().replace(File.separatorChar, '/');
        if (name.endsWith(".class") && name.startsWith("com/openplatform/it/")) {
          probe.addAsWebInfResource(file.toFile(), "classes/" + name);
        }
      }
    }
    for (String type : LIBRARIES) {
      probe.addAsLibrary(jarOf(type));
    }
    ear.addAsModule(probe);
    String application =
        new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()), UTF8)
            .replace(
                "<library-directory>",
                "<module><web><web-uri>it-probe.war</web-uri><context-root>/it-probe</context-root>"
                    + "</web></module>\n  <library-directory>");
    ear.delete("META-INF/application.xml");
    ear.addAsManifestResource(new StringAsset(application), "application.xml");
    Files.createDirectories(target.getParent());
    ear.as(ZipExporter.class).exportTo(target.toFile(), true);
    return target;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static File jarOf(String type) {
    try {
      return new File(
          Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
      throw new IllegalStateException("the probe module needs " + type, e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
