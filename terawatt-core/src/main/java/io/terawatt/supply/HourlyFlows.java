package io.terawatt.supply;

/**
 * Energy flows of every hour (MW averaged over the hour = MWh in the hour). Indices follow the
 * site's generator and storage lists.
 *
 * @param generation_MW [generator][hour] energy produced and used or exported
 * @param curtailment_MW [generator][hour] available variable output not used
 * @param charge_MW [storage][hour] energy taken in
 * @param discharge_MW [storage][hour] energy given out
 * @param stateOfCharge_MWh [storage][hour] energy stored at the end of the hour
 * @param gridImport_MW [hour]
 * @param gridExport_MW [hour]
 * @param unserved_MW [hour] load not met
 */
public record HourlyFlows(
    double[][] generation_MW,
    double[][] curtailment_MW,
    double[][] charge_MW,
    double[][] discharge_MW,
    double[][] stateOfCharge_MWh,
    double[] gridImport_MW,
    double[] gridExport_MW,
    double[] unserved_MW) {

  /** Empty flows for a site. */
  public static HourlyFlows empty(SupplySite site) {
    int n = site.hours();
    int g = site.generators().size();
    int s = site.storage().size();
    return new HourlyFlows(
        new double[g][n],
        new double[g][n],
        new double[s][n],
        new double[s][n],
        new double[s][n],
        new double[n],
        new double[n],
        new double[n]);
  }

  /**
   * The energy balance error of hour h: supply (generation + discharge + import + unserved) minus
   * use (load + charge + export), MWh.
   */
  public double balanceError(SupplySite site, int h) {
    double supply = gridImport_MW[h] + unserved_MW[h];
    for (double[] g : generation_MW) {
      supply += g[h];
    }
    for (double[] d : discharge_MW) {
      supply += d[h];
    }
    double use = site.loadAt(h) + gridExport_MW[h];
    for (double[] c : charge_MW) {
      use += c[h];
    }
    return supply - use;
  }
}
