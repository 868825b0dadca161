package com.openplatform.web.page;

import com.openplatform.web.problem.ErrorDispatch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/** What the shared error page says: a heading and a text for the status, and a reference. */
@Named
@RequestScoped
public class ErrorPage {

  private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 413, 429, 500, 503);

  public int getStatus() {
    Object status =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(ErrorDispatch.STATUS);
    return status instanceof Integer i ? i : 404;
  }

  /** The key of the page's texts: {@code error.<status>.heading} and {@code .text}. */
  public String getKey() {
    int status = getStatus();
    return "error." + (KNOWN.contains(status) ? status : status >= 500 ? 500 : 400);
  }

  public String getCorrelationId() {
    return (String)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(ErrorDispatch.CORRELATION_ID);
  }
}
