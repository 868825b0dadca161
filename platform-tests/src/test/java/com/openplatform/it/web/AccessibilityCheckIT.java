package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The axe-core check every browser test relies on really reports violations: a page without a
 * language and with an unlabelled image fails the browser session.
 */
@ResourceLock(Locks.BROWSER)
class AccessibilityCheckIT {

  @Test
  void aPageWithViolationsFailsTheSession() {
    assertThatThrownBy(
            () -> {
              try (Browser browser = new Browser("en")) {
                browser.open(
                    "data:text/html,<html><head><title>t</title></head>"
                        + "<body><h1>x</h1><img src='x.png'></body></html>");
                browser.find("h1");
              }
            })
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("html-has-lang")
        .hasMessageContaining("image-alt");
  }
}
