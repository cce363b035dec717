package io.terawatt.grid.forecast;

import java.util.List;

/** The forecasters by name, for command lines and configuration files. */
public final class ForecastModels {
  private static final List<String> NAMES =
      List.of(
          PersistenceForecaster.NAME,
          "seasonal-naive-24",
          "seasonal-naive-168",
          RegressionForecaster.NAME);

  private ForecastModels() {}

  /** The known names: {@code persistence}, {@code seasonal-naive-24}, and so on. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A new, unfitted forecaster.
   *
   * @param name one of {@link #names()}
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static Forecaster byName(String name) {
    String key = name == null ? "" : name.trim();
    return switch (key) {
      case PersistenceForecaster.NAME -> new PersistenceForecaster();
      case "seasonal-naive-24" -> new SeasonalNaiveForecaster(24);
      case "seasonal-naive-168" -> new SeasonalNaiveForecaster(168);
      case RegressionForecaster.NAME -> new RegressionForecaster();
      default ->
          throw new IllegalArgumentException(
              "Unknown forecast model '"
                  + name
                  + "'; the models are "
                  + String.join(", ", NAMES)
                  + ".");
    };
  }
}
