package io.terawatt.outlook;

import io.terawatt.outlook.calibration.OutlookCalibration;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Projection;
import io.terawatt.outlook.projection.Years;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import io.terawatt.outlook.sensitivity.SobolAnalysis;
import java.util.List;
import java.util.Map;

/** The outlook use case: Monte Carlo bands, the central projection and Sobol sensitivity. */
public final class OutlookService {
  /** Years whose electricity the sensitivity analysis explains. */
  public static final int[] SENSITIVITY_YEARS = {2030, 2040};

  private OutlookService() {}

  /**
   * Runs the outlook of a request on a sampling engine (the in-process {@link LocalEngine}, a
   * {@link ClusterEngine}, or {@link RemoteSampling#engine a runner in another process}).
   */
  public static OutlookReport run(OutlookRequest r, SampleEngine engine, OutlookProgress progress) {
    return run(
        r.scenario().parameters(),
        r.samples(),
        r.seed(),
        engine,
        r.engineName(),
        r.sobolBaseSamples(),
        r.threadCount(),
        progress::samplesDone);
  }

  /**
   * Compares the outlook of a request's scenario with IEA, LBNL and Epoch AI, from an in-process
   * Monte Carlo of its samples (the Sobol analysis is not run).
   */
  public static OutlookCalibrationReport calibrate(OutlookRequest r) {
    return new OutlookCalibrationReport(
        r.scenario().name(),
        OutlookCalibration.run(r.scenario().parameters(), r.samples(), r.seed(), r.threadCount()));
  }

  /**
   * Runs the outlook.
   *
   * @param engineName name reported for the engine
   * @param sobolBase N of the Sobol analysis; 0 skips it
   * @param threads threads for the Sobol analysis
   */
  public static OutlookReport run(
      Scenario scenario,
      int samples,
      long seed,
      SampleEngine engine,
      String engineName,
      int sobolBase,
      int threads,
      ProgressListener progress) {
    long t0 = System.nanoTime();
    MonteCarloResult bands = engine.run(scenario, samples, seed, progress);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<Integer, List<SensitivityIndex>> sensitivity =
        sobolBase > 0
            ? SobolAnalysis.electricity(scenario, sobolBase, seed, SENSITIVITY_YEARS, threads)
            : Map.of();
    return new OutlookReport(
        scenario.name(),
        engineName,
        Years.all(),
        bands,
        Projection.projectInDetail(scenario.medianDraw()),
        sensitivity,
        sobolBase,
        seconds);
  }
}
