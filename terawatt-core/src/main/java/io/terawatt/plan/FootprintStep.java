package io.terawatt.plan;

import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.FootprintService;
import io.terawatt.footprint.ServedModelEstimate;
import io.terawatt.footprint.TrainingEstimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The footprint stage: the footprint engine on the workloads; the training clusters' average
 * facility power (times the busy fraction) and the served models' annual facility energy over the
 * year's hours give the facility load every site must supply.
 */
final class FootprintStep {
  private FootprintStep() {}

  static FootprintStage run(Scenario scenario) {
    FootprintResult r = FootprintService.estimate(scenario.workloads());
    int hours = scenario.hoursOfYear();
    List<FootprintStage.WorkloadLoad> loads = new ArrayList<>();
    double training = 0;
    for (TrainingEstimate e : r.training()) {
      // A cluster busy all year draws its average facility power while training (development
      // work is part of the busy time, so it is not added again).
      double mw = e.averageFacilityPower_MW() * scenario.trainingBusyFraction();
      training += mw;
      loads.add(
          new FootprintStage.WorkloadLoad(
              e.name(), "training", mw, mw * hours, e.operational_tCO2e()));
    }
    double inference = 0;
    for (ServedModelEstimate s : r.inference()) {
      double annual =
          s.fleet()
              .map(f -> f.annualFacilityEnergy_MWh())
              .orElse(s.perRequest().annualFacilityEnergy_MWh());
      double operational =
          s.fleet()
              .map(f -> f.annualOperational_tCO2e())
              .orElse(s.perRequest().annualOperational_tCO2e());
      double mw = annual / hours;
      inference += mw;
      loads.add(
          new FootprintStage.WorkloadLoad(
              s.perRequest().name(), "inference", mw, annual, operational));
    }
    double total = training + inference;
    return new FootprintStage(r, loads, training, inference, total, total * hours);
  }
}
