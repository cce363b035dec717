package io.terawatt.io.report;

import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.ServedModelEstimate;
import io.terawatt.footprint.TrainingEstimate;
import java.util.List;

/** Writes a footprint result as terminal tables: one for training, one for inference. */
public final class FootprintTableWriter {
  private FootprintTableWriter() {}

  /** The tables of a result. */
  public static String write(FootprintResult result) {
    StringBuilder b = new StringBuilder();
    if (!result.training().isEmpty()) {
      TextTable t =
          new TextTable(
              List.of(
                  "training",
                  "mode",
                  "FLOPs",
                  "MFU",
                  "device_hours",
                  "days",
                  "facility_MWh",
                  "avg_MW",
                  "operational_tCO2e",
                  "embodied_tCO2e",
                  "water_m3",
                  "electricity_USD"));
      for (TrainingEstimate e : result.training()) {
        t.row(
            List.of(
                e.name(),
                e.mode().name().toLowerCase(java.util.Locale.ROOT),
                TextTable.num(e.flops(), 3),
                TextTable.num(e.mfu(), 3),
                TextTable.num(e.deviceHours(), 4),
                TextTable.num(e.wallClockDays(), 3),
                TextTable.num(e.facilityEnergy_MWh(), 4),
                TextTable.num(e.averageFacilityPower_MW(), 3),
                TextTable.num(e.operational_tCO2e(), 4),
                TextTable.num(e.embodied_tCO2e(), 3),
                TextTable.num(e.water_m3(), 4),
                TextTable.num(e.electricityCost_USD(), 4)));
      }
      b.append(t.render());
    }
    if (!result.inference().isEmpty()) {
      if (b.length() > 0) {
        b.append('\n');
      }
      TextTable t =
          new TextTable(
              List.of(
                  "inference",
                  "devices",
                  "bound",
                  "tok_per_s",
                  "accel_J_per_out_tok",
                  "accel_Wh_per_req",
                  "server_Wh_per_req",
                  "facility_Wh_per_req",
                  "gCO2e_per_req",
                  "water_mL_per_req",
                  "annual_MWh"));
      for (ServedModelEstimate s : result.inference()) {
        var e = s.perRequest();
        double annual =
            s.fleet().map(f -> f.annualFacilityEnergy_MWh()).orElse(e.annualFacilityEnergy_MWh());
        t.row(
            List.of(
                e.name(),
                String.valueOf(e.devices()),
                e.decodeBound(),
                TextTable.num(e.outputTokensPerSecond(), 4),
                TextTable.num(e.acceleratorEnergyPerOutputToken_J(), 3),
                TextTable.num(e.acceleratorEnergyPerRequest_Wh(), 3),
                TextTable.num(e.serverEnergyPerRequest_Wh(), 3),
                TextTable.num(e.facilityEnergyPerRequest_Wh(), 3),
                TextTable.num(e.operational_gCO2e_per_request(), 3),
                TextTable.num(e.water_mL_per_request(), 3),
                TextTable.num(annual, 4)));
      }
      b.append(t.render());
    }
    b.append("Emissions are location-based, from average grid intensity.\n");
    return b.toString();
  }
}
