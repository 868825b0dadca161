package com.openplatform.accounts.standing;

import com.openplatform.accounts.api.DeveloperGate;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Passes a {@link DeveloperGate}d operation only for a developer whose account satisfies the gate
 * ({@link Standing}): the rule lives on the EJB operation, so no entry point can forget it.
 */
@DeveloperGate
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DeveloperGateInterceptor {

  @Inject Standing standing;

  @AroundInvoke
  Object gate(InvocationContext invocation) throws Exception {
    standing.require(gateOf(invocation.getMethod(), invocation.getTarget().getClass()).value());
    return invocation.proceed();
  }

  static DeveloperGate gateOf(Method method, Class<?> target) {
    DeveloperGate onMethod = method.getAnnotation(DeveloperGate.class);
    if (onMethod != null) {
      return onMethod;
    }
    for (Class<?> c = target; c != null; c = c.getSuperclass()) {
      DeveloperGate onClass = c.getAnnotation(DeveloperGate.class);
      if (onClass != null) {
        return onClass;
      }
    }
    DeveloperGate declared = method.getDeclaringClass().getAnnotation(DeveloperGate.class);
    if (declared == null) {
      throw new IllegalStateException("no gate on " + method);
    }
    return declared;
  }
}
