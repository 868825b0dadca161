package com.openplatform.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as the build made it; for in-container tests, with a {@code test.war} beside it. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("op.stack.ear")));
  }

  /**
   * The EAR plus a {@code test.war} holding the given test classes (Arquillian runs them there).
   */
  public static EnterpriseArchive earWith(Class<?>... testClasses) {
    EnterpriseArchive ear = ear();
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "test.war")
            .addClasses(testClasses)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(Testable.archiveToTest(tests));
    String application =
        new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()))
            .replace(
                "<library-directory>",
                "<module><web><web-uri>test.war</web-uri><context-root>/test</context-root></web></module>\n  <library-directory>");
    ear.delete("META-INF/application.xml");
    ear.addAsManifestResource(new StringAsset(application), "application.xml");
    return ear;
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
