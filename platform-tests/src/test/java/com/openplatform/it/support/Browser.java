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

/** Debian's headless Chromium driven by Selenium, with a fresh profile each time. */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final WebDriverWait wait;

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
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /** Waits until an element shows exactly this text (e.g. after a click reloads the page). */
  public void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
  }

  /** Waits until an element's text contains this fragment, and returns the text. */
  public String waitForContains(String css, String fragment) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), fragment));
    return text(css);
  }

  /** Clicks a link by its text once the page shows it. */
  public void clickLink(String text) {
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
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

  @Override
  public void close() {
    driver.quit();
  }
}
