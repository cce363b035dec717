package io.terawatt.ethics.allocation;

/**
 * A built-in five-day (120-hour) heat event in a stylised summer-peaking region with a 1 GW AI
 * campus, after the pattern of the August 2020 California and summer 2022/2023 Texas heat events:
 * solar covers the afternoon, and the shortfall comes in the evening when solar fades while air
 * conditioning is still near its peak. All numbers are illustrative assumptions (unverified),
 * stated here so that results can be traced:
 *
 * <ul>
 *   <li>community demand: 8,000 MW peak at 17:00, trough 62 % of peak at 05:00 (cosine shape), days
 *       scaled 0.95, 1.00, 1.05, 1.05, 0.98 as the heat builds and breaks;
 *   <li>essential share of community demand: 35 % (hospitals, water, cooling for vulnerable
 *       households);
 *   <li>AI campus: 1,000 MW flat, 30 % flexible on request (cf. EPRI DCFlex, unverified), 1,000 MW
 *       diesel backup at 780 gCO2e/kWh direct (infrastructure-ethics.md §1.1: EPA 10.21 kg CO2/gal
 *       × 0.067-0.080 gal/kWh, secondary source);
 *   <li>supply: 7,500 MW thermal derated 10 % for heat (ambient temperature and cooling-water
 *       limits), 2,000 MW solar (clear-sky half-sine 06:00-19:00, 80 % peak output), 500 MW
 *       imports;
 *   <li>intensity: thermal 450 gCO2e/kWh (gas-fired mix, between CCGT and peakers), imports 400,
 *       solar 0 (operational);
 *   <li>willingness to pay (USD/MWh): AI 3,000 (about $2 per GPU-hour at 0.7 kW per GPU), other
 *       community 1,000, essential 500 (bounded by ability to pay); normal price 60; administrative
 *       scarcity price 5,000 (the ERCOT cap after 2021 was $5,000/MWh, unverified).
 * </ul>
 */
public final class HeatwaveScenario {
  private HeatwaveScenario() {}

  /** The scenario. */
  public static ScarcityScenario builtIn() {
    int hours = 120;
    double[] dayScale = {0.95, 1.00, 1.05, 1.05, 0.98};
    double[] supply = new double[hours];
    double[] intensity = new double[hours];
    double[] essential = new double[hours];
    double[] other = new double[hours];
    double[] ai = new double[hours];
    double thermal = 7_500 * 0.90;
    double imports = 500;
    for (int h = 0; h < hours; h++) {
      int hod = h % 24;
      double shape = 0.62 + 0.38 * 0.5 * (1 + Math.cos(2 * Math.PI * (hod - 17) / 24.0));
      double community = 8_000 * shape * dayScale[h / 24];
      essential[h] = 0.35 * community;
      other[h] = community - essential[h];
      ai[h] = 1_000;
      double solar =
          hod >= 6 && hod <= 19 ? 2_000 * 0.80 * Math.sin(Math.PI * (hod - 6) / 13.0) : 0;
      supply[h] = thermal + imports + solar;
      intensity[h] = (thermal * 450 + imports * 400) / supply[h];
    }
    double[] wtp = new double[DemandGroup.values().length];
    wtp[DemandGroup.ESSENTIAL.ordinal()] = 500;
    wtp[DemandGroup.OTHER_COMMUNITY.ordinal()] = 1_000;
    wtp[DemandGroup.AI.ordinal()] = 3_000;
    return new ScarcityScenario(
        "heatwave-5-day",
        supply,
        intensity,
        essential,
        other,
        ai,
        wtp,
        0.30,
        1_000,
        780,
        60,
        5_000);
  }
}
