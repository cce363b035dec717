package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the demo's {@code report.html} from disk in headless Chromium (Debian's {@code chromium}
 * and {@code chromedriver}): no SEVERE console entries, every chart present with a drawn SVG of
 * non-zero size, and a full-page screenshot saved to {@code target/report-screenshot.png}. Skips
 * with a message when Chromium or its driver is not installed.
 */
class ReportBrowserIT {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<Path> CHROMIUM =
      List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/lib/chromium/chromium"));

  @Test
  void theReportRendersEveryChartWithoutErrors() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "SKIPPED: /usr/bin/chromedriver is absent; install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) to run the browser test.");
    Path chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(
        chromium != null,
        "SKIPPED: no Chromium binary at " + CHROMIUM + "; install Debian's chromium package.");
    DemoOutput demo = DemoOutput.get();
    assertThat(demo.exitCode).as(demo.err).isZero();
    Path report = demo.dir.resolve("report.html");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    options.addArguments("--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(report.toUri().toString());
      assertThat(driver.getTitle()).contains("Terawatt plan");

      List<String> ids = new ArrayList<>();
      ids.add("chart-capacity-mix");
      ids.add("chart-schedule");
      ids.add("chart-pareto");
      ids.add("chart-outlook-fan");
      for (int i = 0; i < 3; i++) {
        ids.add("chart-energy-week-" + i);
        ids.add("chart-intensity-heatmap-" + i);
      }
      for (String id : ids) {
        WebElement figure = driver.findElement(By.id(id));
        WebElement svg = figure.findElement(By.tagName("svg"));
        Dimension size = svg.getSize();
        assertThat(size.getWidth()).as(id + " width").isPositive();
        assertThat(size.getHeight()).as(id + " height").isPositive();
        assertThat(svg.findElements(By.cssSelector("path, rect, circle, line")))
            .as(id + " draws shapes")
            .hasSizeGreaterThan(3);
        Object box =
            ((JavascriptExecutor) driver)
                .executeScript("const b = arguments[0].getBBox(); return b.width * b.height;", svg);
        assertThat(((Number) box).doubleValue()).as(id + " drawn area").isPositive();
      }
      assertThat(driver.findElements(By.cssSelector("#chart-intensity-heatmap-0 rect.cell")))
          .hasSize(12 * 24);
      assertThat(driver.findElements(By.cssSelector("#chart-pareto circle.point"))).hasSize(3);
      WebElement rankings = driver.findElement(By.id("table-rankings"));
      assertThat(rankings.findElements(By.tagName("tr"))).hasSize(4);
      assertThat(driver.findElement(By.id("dilemmas")).isDisplayed()).isTrue();
      assertThat(driver.findElement(By.id("summary")).getText()).contains("MW");

      List<String> severe = new ArrayList<>();
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
          severe.add(e.getMessage());
        }
      }
      assertThat(severe).as("SEVERE browser log entries").isEmpty();

      // Full-page screenshot: size the window to the page, then capture.
      Number height =
          (Number)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollHeight;");
      driver.manage().window().setSize(new Dimension(1280, Math.min(16000, height.intValue())));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Path shot = Path.of("target", "report-screenshot.png");
      Files.write(shot, png);
      assertThat(png.length).isGreaterThan(10_000);
    } finally {
      driver.quit();
    }
  }
}
