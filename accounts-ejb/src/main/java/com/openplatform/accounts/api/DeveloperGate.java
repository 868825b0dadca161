package com.openplatform.accounts.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An EJB operation a developer calls for their own account passes this gate first, whatever the
 * entry point (page, REST API, another module): the caller's account must satisfy {@link #value()}
 * or the call is refused with the gate's problem (403). On a class, it applies to every business
 * method; a method's own annotation wins.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DeveloperGate {
  @Nonbinding
  Gate value() default Gate.AGREEMENT_ACCEPTED;
}
