package com.openplatform.portal;

import com.openplatform.web.api.ApiContract;

/** The portal API's shared contract (servers, security schemes, refusals) under {@code /portal}. */
public class PortalApiContract extends ApiContract {

  public PortalApiContract() {
    super("/portal");
  }
}
