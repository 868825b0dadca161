package com.openplatform.notices.api;

import com.openplatform.web.api.ApiContract;

/**
 * The notices API's shared contract (servers, security schemes, refusals) under {@code /notices}.
 */
public class NoticesApiContract extends ApiContract {

  public NoticesApiContract() {
    super("/notices");
  }
}
