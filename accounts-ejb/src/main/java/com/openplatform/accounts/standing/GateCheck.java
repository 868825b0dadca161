package com.openplatform.accounts.standing;

import com.openplatform.accounts.api.Gate;
import com.openplatform.core.problem.ProblemKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which gate is closed for the signed-in developer, for the portal's pages: they send the developer
 * to the page that opens it (the operations themselves refuse on their own, {@link
 * DeveloperGateInterceptor}).
 */
@Stateless
public class GateCheck {

  @Inject Standing standing;

  /** The problem of the first closed gate up to {@code gate}, or empty when all are open. */
  public Optional<ProblemKind> firstClosed(Gate gate) {
    return standing.firstClosed(gate);
  }
}
