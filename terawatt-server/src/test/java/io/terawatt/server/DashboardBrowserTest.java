package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium: upload a scenario file, run it, watch it finish, and see
 * zoomable charts drawn. Skips without Chromium and chromedriver, except under TERAWATT_CI=1.
 */
class DashboardBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void uploadRunAndChartsAppear() throws Exception {
    if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
      if (Databases.ci()) {
        throw new AssertionError("TERAWATT_CI=1 but Chromium or chromedriver is missing");
      }
      Assumptions.abort(
          "Skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).");
    }
    Path scenario = dir.resolve("twelve.yaml");
    Files.writeString(scenario, "name: twelve\nsteps: 12\nstep_ms: 30\nscale_MWh: 3\n");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1200");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    try (TestServer s = TestServer.start(dir.resolve("data"), Clock.systemUTC())) {
      WebDriver d = new ChromeDriver(service, o);
      try {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        d.get(s.server.url() + "/");
        d.findElement(By.id("token")).sendKeys(s.token);
        ((JavascriptExecutor) d)
            .executeScript("localStorage.setItem('terawatt.token', arguments[0])", s.token);
        d.findElement(By.id("scenario-file")).sendKeys(scenario.toString());
        wait.until(
            x -> x.findElement(By.id("scenario-yaml")).getAttribute("value").contains("steps: 12"));
        assertThat(d.findElement(By.id("scenario-name")).getAttribute("value")).isEqualTo("twelve");
        d.findElement(By.id("run")).click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("progress-text"), "succeeded"));
        WebElement energy =
            wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#chart-energy canvas")));
        assertThat(energy.getSize().getWidth()).isGreaterThan(100);
        // The chart holds the run's series: ECharts exposes its option.
        Object points =
            ((JavascriptExecutor) d)
                .executeScript(
                    "return echarts.getInstanceByDom(document.querySelector('#chart-energy .chart'))"
                        + ".getOption().series[0].data.length");
        assertThat(((Number) points).intValue()).isEqualTo(12);
        Object zoomable =
            ((JavascriptExecutor) d)
                .executeScript(
                    "return echarts.getInstanceByDom(document.querySelector('#chart-energy .chart'))"
                        + ".getOption().dataZoom.length");
        assertThat(((Number) zoomable).intValue()).isGreaterThanOrEqualTo(1);
        List<WebElement> rows = d.findElements(By.cssSelector("#runs tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).findElement(By.className("state")).getText()).isEqualTo("succeeded");
      } finally {
        d.quit();
      }
    }
  }
}
