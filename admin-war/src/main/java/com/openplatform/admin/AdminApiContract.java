package com.openplatform.admin;

import com.openplatform.web.api.ApiContract;

/** The staff API's shared contract (servers, security schemes, refusals) under {@code /admin}. */
public class AdminApiContract extends ApiContract {

  public AdminApiContract() {
    super("/admin");
  }
}
