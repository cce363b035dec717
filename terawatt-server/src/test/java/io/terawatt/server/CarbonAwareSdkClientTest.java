package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.TypicalYear;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client written to the Carbon Aware SDK WebApi description (CarbonAwareController: paths, query
 * names {@code location}, {@code time}, {@code toTime}, {@code durationMinutes}, {@code
 * dataStartAt}, {@code dataEndAt}, {@code windowSize}, {@code startTime}, {@code endTime};
 * EmissionsData {@code location, time, rating, duration}; EmissionsForecastDTO; CarbonIntensityDTO;
 * 400 with problem details, 204 without data), checked against the built-in typical years.
 */
class CarbonAwareSdkClientTest {
  static final ObjectMapper M = new ObjectMapper();
  static final Instant NOW = Instant.parse("2025-06-04T10:20:00Z");
  @TempDir static Path dir;
  static TestServer s;
  static TypicalYear de = BuiltInTypicalYears.get().find("DE").orElseThrow();
  static TypicalYear fr = BuiltInTypicalYears.get().find("FR").orElseThrow();

  @BeforeAll
  static void start() throws Exception {
    s = TestServer.start(dir, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() throws Exception {
    s.close();
  }

  static double de(String hour) {
    return de.mean(Instant.parse(hour));
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return M.readTree(r.body());
  }

  @Test
  void byLocationReturnsOneEmissionsDataPerHourWithTheSdkFields() throws Exception {
    var r =
        s.get(
            "/emissions/bylocation?location=DE&time=2025-06-01T12:00:00Z&toTime=2025-06-01T15:00:00Z");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    JsonNode a = json(r);
    assertThat(a.size()).isEqualTo(3);
    JsonNode first = a.get(0);
    assertThat(first.get("location").asText()).isEqualTo("DE");
    assertThat(first.get("time").asText()).isEqualTo("2025-06-01T12:00:00Z");
    assertThat(first.get("rating").isNumber()).isTrue();
    assertThat(first.get("duration").asText()).isEqualTo("01:00:00");
    assertThat(first.get("rating").asDouble()).isCloseTo(de("2025-06-01T12:00:00Z"), within(1e-9));
    assertThat(a.get(2).get("rating").asDouble())
        .isCloseTo(de("2025-06-01T14:00:00Z"), within(1e-9));
  }

  @Test
  void durationMinutesRatesEachPointOverItsWindowTimeWeighted() throws Exception {
    JsonNode a =
        json(
            s.get(
                "/emissions/bylocation?location=DE&time=2025-06-01T12:00:00Z&toTime=2025-06-01T12:00:00Z&durationMinutes=90"));
    assertThat(a.size()).isEqualTo(1);
    double expected = (de("2025-06-01T12:00:00Z") * 60 + de("2025-06-01T13:00:00Z") * 30) / 90;
    assertThat(a.get(0).get("rating").asDouble()).isCloseTo(expected, within(1e-9));
    assertThat(a.get(0).get("duration").asText()).isEqualTo("01:30:00");
  }

  @Test
  void bestOfSeveralLocationsIsTheLowestRatedPoint() throws Exception {
    var r =
        s.get(
            "/emissions/bylocations/best?location=DE&location=FR&time=2025-06-01T00:00:00Z&toTime=2025-06-02T00:00:00Z");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode best = json(r);
    double min = Double.POSITIVE_INFINITY;
    for (int h = 0; h < 24; h++) {
      Instant t = Instant.parse("2025-06-01T00:00:00Z").plusSeconds(3600L * h);
      min = Math.min(min, Math.min(de.mean(t), fr.mean(t)));
    }
    assertThat(best.size()).isGreaterThanOrEqualTo(1);
    for (JsonNode p : best) {
      assertThat(p.get("rating").asDouble()).isEqualTo(min);
      Instant t = Instant.parse(p.get("time").asText());
      TypicalYear y = p.get("location").asText().equals("DE") ? de : fr;
      assertThat(y.mean(t)).isEqualTo(min);
    }
  }

  @Test
  void byLocationsListsEveryLocationsPoints() throws Exception {
    JsonNode a =
        json(
            s.get(
                "/emissions/bylocations?location=DE&location=FR&time=2025-06-01T00:00:00Z&toTime=2025-06-01T02:00:00Z"));
    assertThat(a.size()).isEqualTo(4);
    assertThat(a.findValuesAsText("location")).containsExactly("DE", "DE", "FR", "FR");
  }

  @Test
  void averageCarbonIntensityIsTimeWeightedOverPartialHours() throws Exception {
    var r =
        s.get(
            "/emissions/average-carbon-intensity?location=DE&startTime=2025-06-01T12:30:00Z&endTime=2025-06-01T14:00:00Z");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = json(r);
    double expected = (de("2025-06-01T12:00:00Z") * 30 + de("2025-06-01T13:00:00Z") * 60) / 90;
    assertThat(n.get("location").asText()).isEqualTo("DE");
    assertThat(Instant.parse(n.get("startTime").asText()))
        .isEqualTo(Instant.parse("2025-06-01T12:30:00Z"));
    assertThat(Instant.parse(n.get("endTime").asText()))
        .isEqualTo(Instant.parse("2025-06-01T14:00:00Z"));
    assertThat(n.get("carbonIntensity").asDouble()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void currentForecastRollsWindowsAndMarksTheOptimalOnes() throws Exception {
    var r =
        s.get(
            "/emissions/forecasts/current?location=DE&dataStartAt=2025-06-04T11:00:00Z&dataEndAt=2025-06-04T17:00:00Z&windowSize=120");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode f = json(r).get(0);
    assertThat(f.get("location").asText()).isEqualTo("DE");
    assertThat(f.get("generatedAt").asText()).isEqualTo("2025-06-04T10:00:00Z");
    assertThat(Instant.parse(f.get("requestedAt").asText())).isEqualTo(NOW);
    assertThat(f.get("dataStartAt").asText()).isEqualTo("2025-06-04T11:00:00Z");
    assertThat(f.get("dataEndAt").asText()).isEqualTo("2025-06-04T17:00:00Z");
    assertThat(f.get("windowSize").isInt()).isTrue();
    assertThat(f.get("windowSize").asInt()).isEqualTo(120);
    JsonNode data = f.get("forecastData");
    // Windows start at 11..15 h (a 2 h window starting at 16 h would end after dataEndAt).
    assertThat(data.size()).isEqualTo(5);
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 5; i++) {
      JsonNode p = data.get(i);
      Instant t = Instant.parse("2025-06-04T11:00:00Z").plusSeconds(3600L * i);
      double expected = (de.mean(t) + de.mean(t.plusSeconds(3600))) / 2;
      assertThat(p.get("timestamp").asText()).isEqualTo(t.toString());
      assertThat(p.get("duration").asInt()).isEqualTo(120);
      assertThat(p.get("value").asDouble()).isCloseTo(expected, within(1e-9));
      min = Math.min(min, expected);
    }
    JsonNode optimal = f.get("optimalDataPoints");
    assertThat(optimal.size()).isGreaterThanOrEqualTo(1);
    assertThat(optimal.get(0).get("value").asDouble()).isCloseTo(min, within(1e-9));
  }

  @Test
  void locationsListsTheBuiltInZones() throws Exception {
    JsonNode n = json(s.get("/locations"));
    assertThat(n.size()).isEqualTo(BuiltInTypicalYears.get().zones().size());
    assertThat(n.get("DE").get("name").asText()).isEqualTo("DE");
  }

  @Test
  void missingLocationIs400WithProblemDetails() throws Exception {
    var r = s.get("/emissions/bylocations/best?time=2025-06-01T00:00:00Z");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("instance").asText()).isEqualTo("/emissions/bylocations/best");
    assertThat(p.get("errors").get(0).get("field").asText()).isEqualTo("location");
  }

  @Test
  void everyInvalidParameterIsListedAtOnce() throws Exception {
    var r =
        s.get(
            "/emissions/bylocation?location=DE&time=yesterday&toTime=2025-13-01&durationMinutes=-5");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("time", "toTime", "durationMinutes");
  }

  @Test
  void unknownLocationIs400NamingIt() throws Exception {
    var r = s.get("/emissions/bylocations?location=DE&location=Atlantis");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode e = json(r).get("errors").get(0);
    assertThat(e.get("value").asText()).isEqualTo("Atlantis");
  }

  @Test
  void timeWithoutDataIs204() throws Exception {
    var r =
        s.get(
            "/emissions/bylocations/best?location=DE&time=2070-01-01T00:00:00Z&toTime=2070-01-02T00:00:00Z");
    assertThat(r.statusCode()).isEqualTo(204);
    var avg =
        s.get(
            "/emissions/average-carbon-intensity?location=DE&startTime=2070-01-01T00:00:00Z&endTime=2070-01-02T00:00:00Z");
    assertThat(avg.statusCode()).isEqualTo(400);
  }

  @Test
  void refusalsOfTheServiceAreProblemDocumentsLikeAnyOther() throws Exception {
    var r = s.get("/emissions/forecasts/current?location=Atlantis");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(json(r).get("title").asText()).isEqualTo("Invalid request parameters");
    var avg =
        s.get(
            "/emissions/average-carbon-intensity?location=DE&startTime=2070-01-01T00:00:00Z&endTime=2070-01-02T00:00:00Z");
    assertThat(avg.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(json(avg).get("title").asText()).isEqualTo("No data in range");
  }

  @Test
  void averageNeedsAllThreeParameters() throws Exception {
    var r = s.get("/emissions/average-carbon-intensity?location=DE");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("startTime", "endTime");
  }

  @Test
  void forecastOutsideItsRangeIs400() throws Exception {
    var r = s.get("/emissions/forecasts/current?location=DE&dataStartAt=2025-07-01T00:00:00Z");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("errors").findValuesAsText("field")).contains("dataStartAt");
  }
}
