package com.openplatform.it.account;

import com.openplatform.accounts.api.DeveloperGate;
import com.openplatform.accounts.api.Gate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * An operation of another module (deployed with {@link GatesIT} only) that needs a developer in
 * good standing and unrestricted, as paid services and new applications do.
 */
@ApplicationScoped
@Transactional
@DeveloperGate(Gate.UNRESTRICTED)
public class GatedPaidService {

  public String order() {
    return "ordered";
  }
}
