package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * The dashboard in headless Chromium, with the real plan job: upload a scenario file, run it, watch
 * it finish, and see zoomable charts drawn from the run's chart description, one colour per series
 * name across every chart. Skips without Chromium and chromedriver, except under TERAWATT_CI=1.
 */
class DashboardBrowserIT {
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
    Path scenario = dir.resolve("campus.yaml");
    Files.writeString(scenario, PlanServiceEngineIT.demo());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1200");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    Path data = dir.resolve("data");
    ServerConfig config = ServerConfig.defaults(data).withAddress("127.0.0.1", 0);
    try (TestServer s = TestServer.start(config, PlanEngines.standard(data), Clock.systemUTC())) {
      WebDriver d = new ChromeDriver(service, o);
      try {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(120));
        d.get(s.server.url() + "/");
        d.findElement(By.id("token")).sendKeys(s.token);
        ((JavascriptExecutor) d)
            .executeScript("localStorage.setItem('terawatt.token', arguments[0])", s.token);
        d.findElement(By.id("scenario-file")).sendKeys(scenario.toString());
        wait.until(
            x -> x.findElement(By.id("scenario-yaml")).getAttribute("value").contains("sites:"));
        assertThat(d.findElement(By.id("scenario-name")).getAttribute("value")).isEqualTo("campus");
        d.findElement(By.id("run")).click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("progress-text"), "succeeded"));
        for (String chart :
            List.of(
                "chart-capacity-mix",
                "chart-energy-week",
                "chart-intensity-heatmap",
                "chart-schedule",
                "chart-pareto",
                "chart-outlook-fan")) {
          WebElement canvas =
              wait.until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#" + chart + " canvas")));
          assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
        }
        // The charts hold the run's data (ECharts exposes its options) and zoom.
        assertThat(option(d, "chart-energy-week", "series[0].data.length")).isEqualTo(8760);
        assertThat(option(d, "chart-energy-week", "dataZoom.length")).isGreaterThanOrEqualTo(1);
        assertThat(
                option(
                    d, "chart-energy-week", "dataZoom[0].endValue + 1 - o.dataZoom[0].startValue"))
            .isEqualTo(168);
        assertThat(option(d, "chart-intensity-heatmap", "series[0].data.length"))
            .isEqualTo(12 * 24);
        assertThat(option(d, "chart-capacity-mix", "yAxis[0].data.length")).isEqualTo(3);
        assertThat(option(d, "chart-pareto", "series.reduce((n, s) => n + s.data.length, 0)"))
            .isEqualTo(3);
        assertThat(option(d, "chart-outlook-fan", "xAxis[0].data.length")).isEqualTo(27);
        assertThat(option(d, "chart-outlook-fan", "series.filter(s => s.areaStyle).length"))
            .isEqualTo(1);
        oneColourPerSeriesName(d);
        // A second run of the same scenario, then compare the two.
        d.findElement(By.id("run")).click();
        wait.until(x -> x.findElements(By.cssSelector("#runs tbody tr")).size() == 2);
        // Read in one script: the table is redrawn while the second run progresses.
        wait.until(
            x ->
                (Boolean)
                    ((JavascriptExecutor) x)
                        .executeScript(
                            "return [...document.querySelectorAll('#runs td.state')]"
                                + ".every(e => e.textContent === 'succeeded');"));
        List<WebElement> rows = d.findElements(By.cssSelector("#runs tbody tr"));
        rows.get(0).findElement(By.cssSelector("input[name=cmpA]")).click();
        rows.get(1).findElement(By.cssSelector("input[name=cmpB]")).click();
        d.findElement(By.id("compare")).click();
        wait.until(x -> x.findElements(By.cssSelector("#compare-table tbody tr")).size() > 10);
        assertThat(d.findElement(By.cssSelector("#compare-chart canvas")).isDisplayed()).isTrue();
      } finally {
        d.quit();
      }
    }
  }

  /**
   * Every series name has one colour in every chart, the other sites' energy charts included, and a
   * technology is drawn in the energy chart and the capacity mix with the same colour.
   */
  private static void oneColourPerSeriesName(WebDriver d) throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) d;
    String collect =
        "const seen = window.__colours || (window.__colours = {});"
            + "for (const el of document.querySelectorAll('#charts .chart')) {"
            + "  const id = el.parentElement.id;"
            + "  for (const s of echarts.getInstanceByDom(el).getOption().series) {"
            + "    if (s.type === 'heatmap' || !s.name) continue;"
            + "    (seen[s.name] = seen[s.name] || {})[s.color] = (seen[s.name][s.color] || [])"
            + "      .concat([id]);"
            + "  }"
            + "}"
            + "return JSON.stringify(seen);";
    js.executeScript(collect);
    Long sites =
        (Long)
            js.executeScript(
                "return document.querySelector('#chart-energy-week select').options.length;");
    for (int i = 1; i < sites; i++) {
      js.executeScript(
          "const s = document.querySelector('#chart-energy-week select');"
              + "s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
          String.valueOf(i));
      js.executeScript(collect);
    }
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<String>>> seen =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .convertValue(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree((String) js.executeScript(collect)),
                Map.class);
    assertThat(seen).containsKeys("onshore wind", "grid import", "unserved", "load");
    seen.forEach((name, colours) -> assertThat(colours.keySet()).as(name).hasSize(1));
    assertThat(seen.get("onshore wind").values().iterator().next())
        .contains("chart-energy-week", "chart-capacity-mix");
    assertThat(seen.get("onshore wind").keySet())
        .doesNotContainAnyElementsOf(seen.get("unserved").keySet());
  }

  /** {@code o.<path>} of a chart's ECharts option {@code o}, as a number. */
  private static int option(WebDriver d, String chart, String path) {
    Object v =
        ((JavascriptExecutor) d)
            .executeScript(
                "const o = echarts.getInstanceByDom(document.querySelector('#"
                    + chart
                    + " .chart')).getOption(); return o."
                    + path);
    return ((Number) v).intValue();
  }
}
