package io.terawatt.supply.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The turbines a site file can name, each with its power curve (sources on {@link PowerCurve}). */
public enum WindTurbine {
  /** {@link PowerCurve#generic()}: cut-in 3, rated 12, cut-out 25 m/s. */
  GENERIC("generic", PowerCurve::generic),
  /** {@link PowerCurve#nrel5Mw()}: the NREL 5-MW offshore reference turbine. */
  NREL_5MW("nrel-5mw", PowerCurve::nrel5Mw),
  /** {@link PowerCurve#iea34MwOnshore()}: the IEA Wind 3.4-MW land-based reference turbine. */
  IEA_3_4MW("iea-3.4mw", PowerCurve::iea34MwOnshore);

  private final String label;
  private final Supplier<PowerCurve> curve;

  WindTurbine(String label, Supplier<PowerCurve> curve) {
    this.label = label;
    this.curve = curve;
  }

  /** The name site files and the technology catalog use. */
  public String label() {
    return label;
  }

  /** The turbine's power curve. */
  public PowerCurve powerCurve() {
    return curve.get();
  }

  /** The turbine a name (case-insensitive) stands for. */
  public static Optional<WindTurbine> byName(String name) {
    return Arrays.stream(values())
        .filter(t -> t.label.equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The names, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(WindTurbine::label).toList();
  }
}
