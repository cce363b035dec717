package io.terawatt.outlook.projection;

/**
 * The outlook's regions, with IEA's Base Case ratio of 2030 to 2024 data-centre electricity (IEA
 * Energy and AI 2025 regional split via Graphic News chart: US 183 → 426, China 102 → 277, Europe
 * 68 → 113, Asia-Pacific ex China plus rest of world 63 → 130 TWh; world 416 → 945 TWh). The ratio
 * shifts regional shares until 2030; after 2030 shares stay fixed (unverified).
 */
public enum Region {
  /** United States. */
  US("us", 426.0 / 183.0),
  /** China. */
  CHINA("china", 277.0 / 102.0),
  /** Europe. */
  EUROPE("europe", 113.0 / 68.0),
  /** Asia-Pacific outside China and the rest of the world. */
  REST_OF_WORLD("rest_of_world", 130.0 / 63.0);

  /** IEA Base Case world ratio 2030/2024: 945 / 416. */
  public static final double WORLD_RATIO_2030 = 945.0 / 416.0;

  /** Years over which the regional shares shift. */
  public static final int SHIFT_YEARS = 6;

  private final String key;
  private final double ratio2030;

  Region(String key, double ratio2030) {
    this.key = key;
    this.ratio2030 = ratio2030;
  }

  /** Key used in reports. */
  public String key() {
    return key;
  }

  /** Yearly factor by which this region's share grows relative to the world until 2030. */
  public double shareDriftPerYear() {
    return Math.pow(ratio2030 / WORLD_RATIO_2030, 1.0 / SHIFT_YEARS);
  }
}
