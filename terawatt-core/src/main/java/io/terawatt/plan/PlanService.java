package io.terawatt.plan;

import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.AssessmentSettings;
import io.terawatt.ethics.DecisionOption;
import io.terawatt.ethics.DecisionProblem;
import io.terawatt.ethics.EthicsAssessment;
import io.terawatt.ethics.Indicator;
import io.terawatt.ethics.Stakeholder;
import io.terawatt.ethics.indicator.AirPollution;
import io.terawatt.ethics.indicator.IndicatorCatalog;
import io.terawatt.ethics.indicator.TechnologyRisk;
import io.terawatt.ethics.indicator.WaterStress;
import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.FootprintService;
import io.terawatt.footprint.ServedModelEstimate;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingEstimate;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.outlook.LocalEngine;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.OutlookService;
import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.FleetStudy;
import io.terawatt.scheduling.SchedulingProblem;
import io.terawatt.scheduling.ZoneStudy;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.Infeasibility;
import io.terawatt.supply.plan.LeastCostPlanner;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
import io.terawatt.supply.plan.RepresentativeWeeks;
import io.terawatt.supply.plan.SupplyPlan;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The main job: runs a {@link Scenario} through footprint, supply, schedule, assessment and
 * outlook, each stage taking what it needs from the ones before (see {@code docs/plan.md}):
 *
 * <ol>
 *   <li><b>footprint</b>: the footprint engine on the workloads; the training clusters' average
 *       facility power (times the busy fraction) and the served models' annual facility energy over
 *       the year's hours give the facility load every site must supply;
 *   <li><b>supply</b>: each candidate site, with that flat load, planned at least cost under its
 *       targets (on representative weeks by default, or all hours);
 *   <li><b>schedule</b>: the batch share of that load, as hourly jobs, scheduled by each policy on
 *       each site's zone intensity, and across all regions together;
 *   <li><b>assessment</b>: the sites as options, indicators from their supply plans (carbon
 *       location- and market-based, water weighted by basin stress, land, cost, share of regional
 *       peak, supply-chain HHI, technology risk, PM2.5), ranked per lens;
 *   <li><b>outlook</b>: the global Monte Carlo outlook and the workloads' share of it.
 * </ol>
 */
public final class PlanService {

  /** Stage names, in order. */
  public static final List<String> STAGES =
      List.of("footprint", "supply", "schedule", "assessment", "outlook");

  /** SMAA samples of the assessment (standard error below 0.012 per index; 1/√(4·2000)). */
  static final int SMAA_SAMPLES = 2_000;

  /** A simulated year's CFE this far below the target is reported as missed, percentage points. */
  static final double CFE_REPORT_TOLERANCE_PCT = 0.5;

  /** Years of synthetic history before the period, for the schedulers' forecasters (730 days). */
  static final int HISTORY_YEARS = 2;

  private PlanService() {}

  /** Runs the scenario, telling {@code progress} how far each stage is. */
  public static PlanResult run(Scenario scenario, PlanProgress progress) {
    Map<String, Double> times = new LinkedHashMap<>();
    long t = System.nanoTime();
    progress.update("footprint", 0);
    FootprintStage footprint = footprint(scenario);
    progress.update("footprint", 1);
    t = lap(times, "footprint", t);

    progress.update("supply", 0);
    List<SiteSupply> supply = new ArrayList<>();
    for (CandidateSite c : scenario.sites()) {
      supply.add(supply(c, footprint.facilityLoad_MW(), scenario.representativeWeeks()));
      progress.update("supply", (double) supply.size() / scenario.sites().size());
    }
    t = lap(times, "supply", t);

    progress.update("schedule", 0);
    ScheduleStage schedule = schedule(scenario, footprint, progress);
    progress.update("schedule", 1);
    t = lap(times, "schedule", t);

    progress.update("assessment", 0);
    AssessmentStage assessment = assessment(scenario, footprint, supply, schedule);
    progress.update("assessment", 1);
    t = lap(times, "assessment", t);

    progress.update("outlook", 0);
    OutlookStage outlook = outlook(scenario, footprint, progress);
    progress.update("outlook", 1);
    lap(times, "outlook", t);
    return new PlanResult(
        scenario.name(),
        scenario.description(),
        footprint,
        supply,
        schedule,
        assessment,
        outlook,
        times);
  }

  private static long lap(Map<String, Double> times, String stage, long t0) {
    long now = System.nanoTime();
    times.put(stage, (now - t0) / 1e9);
    return now;
  }

  // ---------------------------------------------------------------- footprint

  static FootprintStage footprint(Scenario scenario) {
    FootprintResult r = FootprintService.estimate(scenario.workloads());
    List<FootprintStage.WorkloadLoad> loads = new ArrayList<>();
    double training = 0;
    for (TrainingEstimate e : r.training()) {
      // A cluster busy all year draws its average facility power while training (development
      // work is part of the busy time, so it is not added again).
      double mw = e.averageFacilityPower_MW() * scenario.trainingBusyFraction();
      training += mw;
      loads.add(
          new FootprintStage.WorkloadLoad(
              e.name(), "training", mw, mw * hoursOfYear(scenario), e.operational_tCO2e()));
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
      double mw = annual / hoursOfYear(scenario);
      inference += mw;
      loads.add(
          new FootprintStage.WorkloadLoad(
              s.perRequest().name(), "inference", mw, annual, operational));
    }
    double total = training + inference;
    return new FootprintStage(r, loads, training, inference, total, total * hoursOfYear(scenario));
  }

  private static int hoursOfYear(Scenario scenario) {
    return LocalDate.of(scenario.sites().get(0).year(), 1, 1).lengthOfYear() * 24;
  }

  // ---------------------------------------------------------------- supply

  static SiteSupply supply(CandidateSite c, double load_MW, int representativeWeeks) {
    SupplySite base = c.site();
    double[] load = new double[base.hours()];
    java.util.Arrays.fill(load, load_MW);
    SupplySite site =
        new SupplySite(
            base.name(),
            base.start(),
            load,
            base.grid(),
            base.generators(),
            base.storage(),
            base.landLimit_km2(),
            base.waterLimit_m3(),
            base.unservedPenalty_USD_per_MWh());
    LeastCostPlanner planner = new LeastCostPlanner();
    SupplyPlan plan;
    SupplySite built;
    HourlyFlows flows;
    SupplyMetrics metrics;
    Optional<RepresentativeWeeks> weeks;
    Map<String, Double> topUp = Map.of();
    String method;
    if (representativeWeeks > 0) {
      RepresentativeWeekPlanner.Result r =
          new RepresentativeWeekPlanner(planner, representativeWeeks).plan(site, c.targets());
      plan = r.reducedPlan();
      built = r.builtSite();
      flows = r.year().flows();
      metrics = r.year().metrics();
      weeks = Optional.of(r.weeks());
      topUp = r.adequacyTopUp_MW();
      method = "representative-weeks";
    } else {
      plan = planner.plan(site, c.targets());
      built = plan.builtSite();
      flows = plan.flows();
      metrics = plan.metrics();
      weeks = Optional.empty();
      method = "full-year";
    }
    Map<String, Double> capacity = new LinkedHashMap<>();
    for (GeneratorOption g : built.generators()) {
      capacity.merge(g.technology(), g.existingCapacity_MW(), Double::sum);
    }
    Map<String, Double> power = new LinkedHashMap<>();
    Map<String, Double> energy = new LinkedHashMap<>();
    for (StorageOption s : built.storage()) {
      power.merge(s.technology(), s.existingPower_MW(), Double::sum);
      energy.merge(s.technology(), s.existingEnergy_MWh(), Double::sum);
    }
    List<String> missed = new ArrayList<>();
    for (Infeasibility i : plan.infeasibilities()) {
      missed.add(
          String.format(
              Locale.ROOT,
              "%s: requested %.4g %s, best achievable %.4g",
              i.target().name().toLowerCase(Locale.ROOT),
              i.requested(),
              i.target().unit(),
              i.bestAchievable()));
    }
    if (weeks.isPresent() && c.targets().carbonFreeFraction().isPresent()) {
      double target = 100 * c.targets().carbonFreeFraction().getAsDouble();
      double achieved =
          c.targets().cfeMatching() == CfeMatching.HOURLY
              ? metrics.hourlyCfe_pct()
              : metrics.annualMatch_pct();
      if (achieved < target - CFE_REPORT_TOLERANCE_PCT) {
        missed.add(
            String.format(
                Locale.ROOT,
                "simulated year: %s CFE %.1f %% below the %.0f %% target the representative weeks"
                    + " met",
                c.targets().cfeMatching() == CfeMatching.HOURLY ? "hourly" : "annual",
                achieved,
                target));
      }
    }
    return new SiteSupply(
        c.name(),
        c.zone(),
        c.year(),
        method,
        capacity,
        power,
        energy,
        metrics,
        plan.objective_USD(),
        c.targets().carbonFreeFraction().isPresent()
            ? 100 * c.targets().carbonFreeFraction().getAsDouble()
            : Double.NaN,
        c.targets().cfeMatching() == CfeMatching.HOURLY ? "hourly" : "annual",
        missed,
        plan.solveTime().toNanos() / 1e9,
        built,
        flows,
        weeks,
        topUp);
  }

  // ---------------------------------------------------------------- schedule

  static ScheduleStage schedule(
      Scenario scenario, FootprintStage footprint, PlanProgress progress) {
    Operations ops = scenario.operations();
    int year = scenario.sites().get(0).year();
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int hours = ops.periodDays() * 24;
    double batch_MW = footprint.facilityLoad_MW() * ops.batchShare();
    double jobPower_kW = batch_MW * 1e3 / ops.jobLength_h();
    Set<String> zones = new LinkedHashSet<>();
    for (CandidateSite c : scenario.sites()) {
      zones.add(c.zone());
    }
    zones.addAll(ops.regions());
    Map<String, HourlySeries> histories = new LinkedHashMap<>();
    for (String z : zones) {
      histories.put(z, history(z, year));
    }
    ZoneStudy zoneStudy = ZoneStudy.defaults();
    double yearScale = hoursOfYear(scenario) / (double) hours;
    List<ScheduleStage.ZoneRow> rows = new ArrayList<>();
    int done = 0;
    int steps = scenario.sites().size() + 1;
    for (CandidateSite c : scenario.sites()) {
      List<ZoneStudy.Row> r =
          zoneStudy.run(
              List.of(c.zone()),
              histories,
              Optional.of(from),
              Optional.of(from.plusSeconds(3600L * hours)),
              h -> jobs(h, ops, jobPower_kW, List.of()),
              ops.policies(),
              s -> {});
      for (ZoneStudy.Row row : r) {
        double baseline = row.evaluation().baselineEmissions_kgCO2e();
        double e = row.evaluation().result().totalEmissions_kgCO2e();
        rows.add(
            new ScheduleStage.ZoneRow(
                c.name(),
                c.zone(),
                row.policy(),
                row.role(),
                e,
                baseline > 0 ? 100 * (baseline - e) / baseline : 0,
                row.meanWait_h(),
                (baseline - e) * yearScale / 1e3));
      }
      progress.update("schedule", (double) ++done / steps);
    }
    List<String> fleetZones = new ArrayList<>(zones);
    List<ScheduleStage.FleetRow> fleet = new ArrayList<>();
    if (fleetZones.size() > 1) {
      FleetStudy study = FleetStudy.defaults();
      List<BatchJob> jobs = jobs(hours, ops, jobPower_kW, fleetZones);
      double capacity = FleetStudy.capacityForHeadroom_kW(jobs, hours, fleetZones.size(), 2.0);
      SchedulingProblem problem = study.problem(fleetZones, histories, from, hours, jobs, capacity);
      List<FleetStudy.Row> r = study.run(problem, ops.policies(), s -> {});
      for (FleetStudy.Row row : r) {
        double baseline = row.evaluation().baselineEmissions_kgCO2e();
        double e = row.evaluation().result().totalEmissions_kgCO2e();
        fleet.add(
            new ScheduleStage.FleetRow(
                row.policy(),
                row.role(),
                e,
                baseline > 0 ? 100 * (baseline - e) / baseline : 0,
                row.meanWait_h(),
                row.jobsMoved()));
      }
    }
    return new ScheduleStage(
        ops.batchShare(),
        batch_MW,
        ops.slack_h(),
        ops.jobLength_h(),
        hours,
        rows,
        fleetZones.size() > 1 ? fleetZones : List.of(),
        fleet);
  }

  /** One job arriving each hour; homes spread round-robin over {@code homes} (none: first). */
  private static List<BatchJob> jobs(
      int hours, Operations ops, double power_kW, List<String> homes) {
    List<BatchJob> jobs = new ArrayList<>(hours);
    for (int h = 0; h < hours; h++) {
      jobs.add(
          new BatchJob(
              "batch-" + h,
              h,
              ops.jobLength_h(),
              ops.slack_h(),
              power_kW,
              false,
              0,
              Set.of(),
              homes.isEmpty() ? "" : homes.get(h % homes.size())));
    }
    return jobs;
  }

  /**
   * The zone's synthetic intensity from January 1st two years before the planning year to the end
   * of the planning year: the forecasters learn from the two years before (730 days).
   */
  static HourlySeries history(String zone, int year) {
    TypicalYear ty =
        BuiltInTypicalYears.get()
            .find(zone)
            .orElseThrow(
                () -> new IllegalArgumentException("No built-in typical year for zone " + zone));
    Instant start =
        LocalDate.of(year - HISTORY_YEARS, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    int hours = (int) java.time.Duration.between(start, end).toHours();
    return SyntheticYearGenerator.generate(ty, start, hours, 1);
  }

  // ---------------------------------------------------------------- assessment

  static AssessmentStage assessment(
      Scenario scenario,
      FootprintStage footprint,
      List<SiteSupply> supply,
      ScheduleStage schedule) {
    TechnologyCatalog catalog = TechnologyCatalog.builtIn();
    boolean peaks = scenario.sites().stream().allMatch(c -> c.regionalPeak_MW().isPresent());
    List<String> names = new ArrayList<>();
    names.add("carbon_location_tCO2e");
    names.add("carbon_market_tCO2e");
    names.add("water_stress_weighted_m3");
    names.add("land_km2");
    names.add("cost_USD_per_year");
    if (peaks) {
      names.add("share_of_regional_peak_pct");
    }
    names.add("air_pollution_tPM25");
    names.add("supply_chain_hhi");
    names.add("technology_risk_score");
    List<Indicator> indicators = new ArrayList<>();
    for (String n : names) {
      indicators.add(IndicatorCatalog.find(n).orElseThrow());
    }
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    List<DecisionOption> options = new ArrayList<>();
    for (int i = 0; i < supply.size(); i++) {
      SiteSupply s = supply.get(i);
      CandidateSite c = scenario.sites().get(i);
      SupplyMetrics m = s.metrics();
      Map<String, Double> v = new LinkedHashMap<>();
      v.put("carbon_location_tCO2e", m.emissionsLocation_tCO2e());
      v.put("carbon_market_tCO2e", m.emissionsMarket_tCO2e());
      // Generation water plus the facility's on-site cooling water at the footprint engine's
      // default WUE (Site.DEFAULT, cited in docs/footprint-model.md), weighted by basin stress.
      double cooling_m3 = m.load_MWh() * 1e3 * Site.DEFAULT.wueOnSiteLitresPerKwh() / 1e3;
      v.put(
          "water_stress_weighted_m3",
          WaterStress.weighted_m3(m.water_m3() + cooling_m3, c.baselineWaterStress()));
      v.put("land_km2", m.land_km2());
      v.put("cost_USD_per_year", m.totalCost_USD());
      if (peaks) {
        v.put(
            "share_of_regional_peak_pct",
            100 * m.peakGridDraw_MW() / c.regionalPeak_MW().getAsDouble());
      }
      double pm = 0;
      double energy = 0;
      double hhi = 0;
      double risk = 0;
      SupplySite built = s.builtSite();
      for (int g = 0; g < built.generators().size(); g++) {
        GeneratorOption o = built.generators().get(g);
        double e = sum(s.flows().generation_MW()[g]);
        pm += e * 1e3 * pmFactor_g_per_kWh(o.technology()) / 1e6;
        double[] hr = hhiAndRisk(catalog.find(o.technology()));
        if (e > 0 && !Double.isNaN(hr[0])) {
          energy += e;
          hhi += e * hr[0];
          risk += e * hr[1];
        }
      }
      for (int st = 0; st < built.storage().size(); st++) {
        StorageOption o = built.storage().get(st);
        double e = sum(s.flows().discharge_MW()[st]);
        double[] hr = hhiAndRisk(catalog.find(o.technology()));
        if (e > 0 && !Double.isNaN(hr[0])) {
          energy += e;
          hhi += e * hr[0];
          risk += e * hr[1];
        }
      }
      v.put("air_pollution_tPM25", pm);
      v.put("supply_chain_hhi", energy > 0 ? hhi / energy : 0);
      v.put("technology_risk_score", energy > 0 ? risk / energy : 0);
      values.put(s.site(), v);
      options.add(DecisionOption.ofCertain(s.site(), v));
    }
    if (options.size() < 2) {
      return new AssessmentStage(
          indicators,
          values,
          Optional.empty(),
          "One candidate site: the indicators are computed, but ranking needs two sites.");
    }
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>(names);
    for (Stakeholder st : scenario.stakeholders()) {
      Map<String, Double> w = new LinkedHashMap<>();
      st.weights()
          .forEach(
              (k, x) -> {
                if (known.contains(k)) {
                  w.put(k, x);
                }
              });
      if (w.values().stream().mapToDouble(Double::doubleValue).sum() > 0) {
        stakeholders.add(new Stakeholder(st.name(), w));
      }
    }
    DecisionProblem problem = new DecisionProblem(indicators, options, stakeholders, List.of());
    Assessment a =
        EthicsAssessment.assess(
            problem, new AssessmentSettings(SMAA_SAMPLES, scenario.outlook().seed(), Map.of()));
    return new AssessmentStage(indicators, values, Optional.of(a), "");
  }

  /**
   * Supply-chain HHI and technology-risk score of a catalog technology; NaN when the technology or
   * its HHI is unknown (then its energy is left out of both energy-weighted means).
   */
  static double[] hhiAndRisk(Optional<Technology> tech) {
    if (tech.isEmpty() || !Double.isFinite(tech.get().supplyChain().hhi())) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Technology t = tech.get();
    return new double[] {
      t.supplyChain().hhi(),
      TechnologyRisk.score(
          t.maturity().trl(), t.availability().latestYear() - t.availability().earliestYear())
    };
  }

  /** PM2.5 factor of a technology's output, g/kWh (AirPollution, unverified factors). */
  static double pmFactor_g_per_kWh(String technology) {
    if (technology.startsWith("gas")) {
      return AirPollution.GAS_TURBINE_G_PER_KWH;
    }
    if (technology.startsWith("coal")) {
      return AirPollution.COAL_G_PER_KWH;
    }
    return 0;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  // ---------------------------------------------------------------- outlook

  static OutlookStage outlook(Scenario scenario, FootprintStage footprint, PlanProgress progress) {
    OutlookSettings o = scenario.outlook();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    OutlookReport report =
        OutlookService.run(
            o.scenario(),
            o.samples(),
            o.seed(),
            new LocalEngine(threads),
            "local",
            0,
            threads,
            (done, total) -> progress.update("outlook", total > 0 ? (double) done / total : 0));
    int[] years = report.years();
    int year =
        Math.max(years[0], Math.min(years[years.length - 1], scenario.sites().get(0).year()));
    int index = year - years[0];
    double p50 = report.bands().electricity_TWh().p50()[index];
    double mine = footprint.annualFacilityEnergy_MWh() / 1e6;
    return new OutlookStage(report, year, p50, mine, p50 > 0 ? 100 * mine / p50 : 0);
  }
}
