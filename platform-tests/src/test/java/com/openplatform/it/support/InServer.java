package com.openplatform.it.support;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.InjectionTarget;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Runs a test class inside the deployed EAR: on the client each test method is sent to the probe
 * module ({@code /it-probe/run}), which runs it there with JUnit, its {@code @Inject}, {@code @EJB}
 * and {@code @Resource} fields injected by the EAR's CDI container; the client reports what
 * happened there. Lifecycle methods run there too, around each method, not on the client.
 */
public class InServer implements InvocationInterceptor, TestInstancePostProcessor {

  /** Whether this JVM is the server (the probe module runs the tests there). */
  static boolean inServer() {
    return System.getProperty("jboss.home.dir") != null;
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context) {
    if (inServer()) {
      inject(instance);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void inject(Object instance) {
    BeanManager beans = CDI.current().getBeanManager();
    AnnotatedType type = beans.createAnnotatedType(instance.getClass());
    InjectionTarget target = beans.getInjectionTargetFactory(type).createInjectionTarget(null);
    CreationalContext<?> creational = beans.createCreationalContext(null);
    target.inject(instance, creational);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method,
      ExtensionContext context)
      throws Throwable {
    if (inServer()) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    runThere(method.getExecutable());
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method,
      ExtensionContext context)
      throws Throwable {
    hereOnlyInServer(invocation);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method,
      ExtensionContext context)
      throws Throwable {
    hereOnlyInServer(invocation);
  }

  @Override
  public void interceptBeforeAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method,
      ExtensionContext context)
      throws Throwable {
    hereOnlyInServer(invocation);
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> method,
      ExtensionContext context)
      throws Throwable {
    hereOnlyInServer(invocation);
  }

  private static void hereOnlyInServer(Invocation<Void> invocation) throws Throwable {
    if (inServer()) {
      invocation.proceed();
    } else {
      invocation.skip();
    }
  }

  /** Asks the probe module to run the method; a failure there fails the test here. */
  private static void runThere(Method method) {
    String selector =
        method.getDeclaringClass().getName()
            + "#"
            + method.getName()
            + "("
            + Arrays.stream(method.getParameterTypes())
                .map(Class::getName)
                .collect(Collectors.joining(","))
            + ")";
    HttpResponse<String> answer =
        Probe.post(
            "/run?method=" + URLEncoder.encode(selector, StandardCharsets.UTF_8),
            Duration.ofMinutes(5));
    String body = answer.body();
    if (answer.statusCode() != 200 || !body.startsWith("SUCCESSFUL")) {
      throw new AssertionError(
          "in the server (" + answer.statusCode() + "): " + body.replaceFirst("^FAILED\\n", ""));
    }
  }
}
