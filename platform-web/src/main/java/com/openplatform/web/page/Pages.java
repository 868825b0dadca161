package com.openplatform.web.page;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;

/** What every page bean does with a refusal: a readable message at the form and at each field. */
public final class Pages {

  private Pages() {}

  /**
   * Shows a refusal on the current page. Field errors go to the input whose id is the field's name
   * inside {@code formId}; the summary goes to the top of the page.
   */
  public static void show(ProblemException e, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
    var problem =
        ProblemMessages.toProblem(
            e,
            locale,
            null,
            field ->
                labels != null && labels.containsKey("field." + field)
                    ? labels.getString("field." + field)
                    : field);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, problem.title() + ": " + problem.detail(), null));
    for (FieldError field : problem.errors()) {
      faces.addMessage(
          formId + ":" + field.field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), field.message()));
    }
    faces.validationFailed();
  }

  /** A message at one field of a form, checked on the page itself (e.g. a repeated password). */
  public static void fieldError(String formId, String field, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        formId + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    faces.validationFailed();
  }

  /**
   * Shows the refusal an EJB call threw on the current page ({@link #show(ProblemException,
   * String)}); any other failure is no refusal and goes on up (to the error page).
   */
  public static void show(RuntimeException e, String formId) {
    ProblemException refusal = refusal(e);
    if (refusal == null) {
      throw e;
    }
    show(refusal, formId);
  }

  /** Unwraps the refusal an EJB call threw, or null when the failure is not a refusal. */
  public static ProblemException refusal(RuntimeException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof ProblemException p) {
        return p;
      }
      t = com.openplatform.core.problem.PeerFailures.causeOf(t);
    }
    return null;
  }

  /** A text of the page's bundle ({@code msg}, {@code ui}) in the page's language. */
  public static String text(String bundle, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, bundle).getString(key);
  }

  /**
   * After an action that redirects (post/redirect/get): the messages added in this request show on
   * the page the browser is sent to.
   */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void info(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, summary));
  }

  /** The current request, for role checks on pages (the EJBs check again). */
  public static jakarta.servlet.http.HttpServletRequest request() {
    return (jakarta.servlet.http.HttpServletRequest)
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
