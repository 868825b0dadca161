package com.openplatform.it.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with a fresh profile each time.
 *
 * <p>Every page the test interacts with is checked once with axe-core against the WCAG 2.0/2.1 A
 * and AA rules; {@link #close()} fails the test with the violations found on any of them.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final java.util.List<String> violations = new java.util.ArrayList<>();
  private final java.util.Set<String> checkedPages = new java.util.LinkedHashSet<>();

  public Browser(String language) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("op.it.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--lang=" + language,
          "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("op.it.chromedriver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
      wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      // a page that reloads while a condition looks at it: Chromium answers "Node with given id
      // does not belong to the document" (a plain WebDriverException, not a stale element); the
      // condition is asked again, and a real failure still ends the wait with its cause
      wait.ignoring(org.openqa.selenium.WebDriverException.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    WebElement element =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    checkAccessibility();
    return element;
  }

  /**
   * Runs axe-core on the current document unless it was checked already (a per-document flag, so a
   * page posted back to the same address is checked again).
   */
  public void checkAccessibility() {
    Object fresh =
        driver.executeScript(
            "if (window.__opAxeChecked) { return false; } window.__opAxeChecked = true; return true;");
    if (!Boolean.TRUE.equals(fresh)) {
      return;
    }
    String page = driver.getCurrentUrl().replaceAll("[?#].*", "");
    checkedPages.add(page);
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
      StringBuilder line = new StringBuilder(page + ": " + rule.getId() + " - " + rule.getHelp());
      for (com.deque.html.axecore.results.CheckedNode node : rule.getNodes()) {
        line.append("\n    ").append(node.getTarget()).append(' ').append(node.getFailureSummary());
      }
      violations.add(line.toString());
    }
  }

  /** The pages (addresses without query) axe-core checked so far. */
  public java.util.Set<String> checkedPages() {
    return checkedPages;
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String css) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    checkAccessibility();
    element.click();
  }

  /** Waits until an element shows exactly this text (e.g. after a click reloads the page). */
  public void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    checkAccessibility();
  }

  /** Waits until an element's text contains this fragment, and returns the text. */
  public String waitForContains(String css, String fragment) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), fragment));
    checkAccessibility();
    return text(css);
  }

  /** Clicks a link by its text once the page shows it. */
  public void clickLink(String text) {
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    checkAccessibility();
    link.click();
  }

  public String text(String css) {
    return find(css).getText();
  }

  public void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  /** Opens a page that needs a sign-in and signs in on the tenant's Keycloak page. */
  public void signIn(String url, String tenant, String username, String password) {
    SignIns.oneAtATime(
        tenant,
        username,
        () -> {
          open(url);
          waitForUrl("/realms/" + tenant + "/");
          type("#username", username);
          type("#password", password);
          click("#kc-login");
          // the sign-in is over once Keycloak answered: the next page, or the form again
          wait.until(
              d ->
                  !d.getCurrentUrl().contains("/login-actions/authenticate")
                          && !d.getCurrentUrl().contains("/protocol/openid-connect/auth")
                      || !d.findElements(By.id("input-error")).isEmpty()
                      || !d.findElements(By.cssSelector(".kc-feedback-text, #input-error-username"))
                          .isEmpty());
          return null;
        });
  }

  /** Saves a screenshot under {@code target/screenshots}. */
  public void save(String name) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), screenshot());
  }

  /** A browser step of a test, its screenshot and page source kept when it fails. */
  public interface Step {
    void run() throws Exception;
  }

  /** Runs the steps; on a failure saves {@code name}'s screenshot and page source, and rethrows. */
  public void keepOnFailure(String name, Step steps) throws Exception {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError e) {
      save(name);
      Files.writeString(
          java.nio.file.Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      checkAccessibility();
    } catch (RuntimeException pageGone) {
      // the session ended on a failure already reported by the test
    } finally {
      driver.quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "WCAG 2.1 A/AA violations (axe-core):\n" + String.join("\n", violations));
    }
  }
}
