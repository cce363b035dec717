package io.terawatt.supply.technology;

import io.terawatt.grid.LifecycleFactors;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.WindTurbine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The energy technologies the engine knows, read from the cited catalog file {@code
 * technology-catalog.tsv} (one row per technology, a source and a verification status per figure
 * group).
 */
public final class TechnologyCatalog {
  /** First scenario year. */
  public static final int FIRST_YEAR = 2025;

  /** Last scenario year (the horizon of the NREL ATB and EIA AEO projections used). */
  public static final int LAST_YEAR = 2050;

  /**
   * Default real discount rate for annualising capital, 7 %/yr: EIA AEO2026 (Electricity Market
   * Module assumptions, "New construction financing") uses a 60/40 debt/equity weighted average
   * cost of capital that averages 7.1 % for builds from 2025 to 2050. (NREL ATB 2024's real WACC
   * for renewables is lower, about 4–5.6 %, read via PyPSA/technology-data; pass it explicitly for
   * that view.)
   */
  public static final double DEFAULT_DISCOUNT_RATE = 0.07;

  private static final String RESOURCE = "technology-catalog.tsv";
  private static final String NA = "n/a";
  private static final TechnologyCatalog BUILT_IN = loadBuiltIn();

  private final Map<String, Technology> byId;

  private TechnologyCatalog(Map<String, Technology> byId) {
    this.byId = byId;
  }

  /** The built-in catalog. */
  public static TechnologyCatalog builtIn() {
    return BUILT_IN;
  }

  /** This catalog plus the given technologies; an entry replaces a catalog one of that id. */
  public TechnologyCatalog with(Collection<Technology> extra) {
    Map<String, Technology> copy = new LinkedHashMap<>(byId);
    for (Technology t : extra) {
      copy.put(t.id(), t);
    }
    return new TechnologyCatalog(copy);
  }

  /** The technology with this identifier (case-insensitive). */
  public Optional<Technology> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  /** The technology with this identifier, or an exception naming the known ones. */
  public Technology require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown technology '" + id + "'; known: " + String.join(", ", ids()) + "."));
  }

  /** Every technology, in catalog order. */
  public List<Technology> all() {
    return List.copyOf(byId.values());
  }

  /** Identifiers, in catalog order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** Rejects years outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
  static void requireScenarioYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "The year "
              + year
              + " is outside the scenario years "
              + FIRST_YEAR
              + "-"
              + LAST_YEAR
              + " that the cost projections cover.");
    }
  }

  /**
   * Reads a catalog in the built-in format. All problems are collected and reported together, each
   * with its line and column.
   *
   * @param in the tab-separated text
   * @param name the file name used in messages
   * @throws IllegalArgumentException listing every problem found
   */
  public static TechnologyCatalog read(Reader in, String name) {
    BufferedReader reader = new BufferedReader(in);
    Map<String, Technology> map = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> header = null;
    int lineNumber = 0;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        if (header == null) {
          header = cells;
          continue;
        }
        Row row = new Row(name, lineNumber, header, cells, problems);
        Technology t = row.technology();
        if (t != null) {
          if (map.containsKey(t.id())) {
            problems.add(name + " line " + lineNumber + ": duplicate technology '" + t.id() + "'");
          }
          map.put(t.id(), t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      problems.add(name + ": no header line");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The technology catalog "
              + name
              + " has "
              + problems.size()
              + " problem(s):\n  "
              + String.join("\n  ", problems));
    }
    return new TechnologyCatalog(map);
  }

  private static TechnologyCatalog loadBuiltIn() {
    try (InputStream in = TechnologyCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The technology catalog resource " + RESOURCE + " is missing.");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** One data row; parse errors are added to the shared problem list. */
  private static final class Row {
    private final String file;
    private final int line;
    private final Map<String, String> cells = new LinkedHashMap<>();
    private final List<String> problems;
    private final int problemsBefore;

    Row(String file, int line, List<String> header, List<String> values, List<String> problems) {
      this.file = file;
      this.line = line;
      this.problems = problems;
      this.problemsBefore = problems.size();
      if (values.size() != header.size()) {
        problems.add(
            where(null) + values.size() + " cells, expected " + header.size() + " (the header's)");
      }
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i).trim(), i < values.size() ? values.get(i).trim() : "");
      }
    }

    Technology technology() {
      if (problems.size() > problemsBefore) {
        return null;
      }
      String id = text("id");
      Dispatchability kind = parse("dispatchability", Dispatchability::parse);
      Provenance carbonFreeSource = provenance("carbon_free");
      Boolean carbonFree = parse("carbon_free", TechnologyCatalog::parseBoolean);
      Costs costs =
          build(
              "capex .. life",
              () ->
                  new Costs(
                      number("capex_USD_per_kW"),
                      number("capex_low_USD_per_kW"),
                      number("capex_high_USD_per_kW"),
                      number("fixed_om_USD_per_kW_year"),
                      number("variable_om_USD_per_MWh"),
                      integer("dollar_year"),
                      provenance("capex"),
                      number("fuel_USD_per_MWh"),
                      provenance("fuel"),
                      optionalNumber("lcoe_low_USD_per_MWh"),
                      optionalNumber("lcoe_high_USD_per_MWh"),
                      provenance("lcoe"),
                      number("capex_decline_per_year"),
                      integer("cost_base_year"),
                      provenance("learning"),
                      optionalNumber("economic_life_years"),
                      provenance("life")));
      double[] lifecycle = lifecycle();
      Emissions emissions =
          build(
              "lifecycle, direct, pm25",
              () ->
                  new Emissions(
                      lifecycle[1],
                      lifecycle[0],
                      lifecycle[2],
                      provenance("lifecycle"),
                      number("direct_gCO2e_per_kWh"),
                      provenance("direct"),
                      optionalNumber("pm25_g_per_kWh"),
                      provenance("pm25")));
      Resources resources =
          build(
              "water, land, capacity_factor",
              () ->
                  new Resources(
                      number("water_L_per_MWh"),
                      provenance("water"),
                      number("land_direct_m2_per_MW"),
                      number("land_total_m2_per_MW"),
                      provenance("land"),
                      optionalNumber("capacity_factor"),
                      provenance("capacity_factor")));
      ResourceDefaults resourceDefaults =
          build(
              "resource",
              () ->
                  new ResourceDefaults(
                      optionalName("resource_model", ResourceModel::byName, ResourceModel.labels()),
                      optionalNumber("wind_mean_speed_m_per_s"),
                      optionalName("wind_turbine", WindTurbine::byName, WindTurbine.labels()),
                      provenance("resource")));
      Operation operation =
          build(
              "ramp, outage",
              () ->
                  new Operation(
                      optionalNumber("ramp_pct_per_min"),
                      provenance("ramp"),
                      optionalNumber("availability_factor"),
                      optionalInteger("merit_order"),
                      provenance("outage")));
      Availability availability =
          build(
              "availability",
              () ->
                  new Availability(
                      integer("earliest_year"),
                      integer("latest_year"),
                      provenance("availability")));
      Maturity maturity =
          build(
              "maturity",
              () -> new Maturity(integer("trl"), text("maturity"), provenance("maturity")));
      SupplyChain supplyChain =
          build(
              "supply_chain",
              () ->
                  new SupplyChain(
                      text("supply_chain_item"),
                      text("supply_chain_top_country"),
                      optionalNumber("supply_chain_top_share"),
                      optionalNumber("supply_chain_hhi"),
                      provenance("supply_chain")));
      Optional<StorageParameters> storage = Optional.empty();
      Provenance storageSource = provenance("storage");
      if (kind != Dispatchability.STORAGE) {
        for (String column :
            List.of(
                "round_trip_efficiency",
                "min_duration_h",
                "max_duration_h",
                "capex_energy_USD_per_kWh")) {
          String cell = raw(column);
          if (cell != null && !cell.equalsIgnoreCase(NA)) {
            problems.add(
                where(column) + "only storage technologies have storage figures; write n/a");
          }
        }
      }
      if (kind == Dispatchability.STORAGE) {
        storage =
            Optional.ofNullable(
                build(
                    "storage",
                    () ->
                        new StorageParameters(
                            number("round_trip_efficiency"),
                            number("min_duration_h"),
                            number("max_duration_h"),
                            number("capex_energy_USD_per_kWh"),
                            storageSource)));
      }
      if (problems.size() > problemsBefore) {
        return null;
      }
      Optional<StorageParameters> finalStorage = storage;
      return build(
          "row",
          () ->
              new Technology(
                  id,
                  text("name"),
                  kind,
                  carbonFree,
                  carbonFreeSource,
                  costs,
                  emissions,
                  resources,
                  operation,
                  availability,
                  maturity,
                  supplyChain,
                  finalStorage,
                  resourceDefaults));
    }

    /**
     * Life-cycle low, median and high: from the IPCC AR5 table in grid when {@code
     * lifecycle_factor} names a row (the row's own figures must then be n/a), else from the row.
     */
    private double[] lifecycle() {
      String factor = raw("lifecycle_factor");
      String[] columns = {
        "lifecycle_low_gCO2e_per_kWh", "lifecycle_gCO2e_per_kWh", "lifecycle_high_gCO2e_per_kWh"
      };
      if (factor == null || factor.equalsIgnoreCase(NA)) {
        return new double[] {
          optionalNumber(columns[0]), optionalNumber(columns[1]), optionalNumber(columns[2])
        };
      }
      for (String column : columns) {
        String cell = raw(column);
        if (cell != null && !cell.equalsIgnoreCase(NA)) {
          problems.add(
              where(column)
                  + "the life-cycle figures come from lifecycle_factor '"
                  + factor
                  + "' (grid's IPCC AR5 table); write n/a");
        }
      }
      Optional<LifecycleFactors.Range> r = LifecycleFactors.ipccAr5(factor);
      if (r.isEmpty()) {
        problems.add(
            where("lifecycle_factor")
                + "'"
                + factor
                + "' is not in the IPCC AR5 table; known: "
                + String.join(", ", LifecycleFactors.ipccAr5().keySet()));
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
      }
      return new double[] {
        r.get().min_gCO2e_per_kWh(), r.get().median_gCO2e_per_kWh(), r.get().max_gCO2e_per_kWh()
      };
    }

    /** A name from a fixed list, or empty for n/a. */
    private <T> Optional<T> optionalName(
        String column,
        java.util.function.Function<String, Optional<T>> byName,
        List<String> known) {
      String cell = raw(column);
      if (cell == null || cell.equalsIgnoreCase(NA)) {
        return Optional.empty();
      }
      Optional<T> value = byName.apply(cell);
      if (value.isEmpty()) {
        problems.add(where(column) + "'" + cell + "' is not one of " + String.join(", ", known));
      }
      return value;
    }

    private interface Builder<T> {
      T get();
    }

    private <T> T build(String group, Builder<T> builder) {
      int before = problems.size();
      try {
        T value = builder.get();
        return problems.size() > before ? null : value;
      } catch (IllegalArgumentException e) {
        if (problems.size() == before) {
          problems.add(where(group) + e.getMessage());
        }
        return null;
      }
    }

    private <T> T parse(String column, java.util.function.Function<String, T> parser) {
      String cell = raw(column);
      if (cell == null) {
        return null;
      }
      try {
        return parser.apply(cell);
      } catch (IllegalArgumentException e) {
        problems.add(where(column) + e.getMessage());
        return null;
      }
    }

    private String raw(String column) {
      String cell = cells.get(column);
      if (cell == null) {
        problems.add(where(column) + "missing column");
        return null;
      }
      if (cell.isEmpty()) {
        problems.add(where(column) + "empty cell (write n/a when not applicable)");
        return null;
      }
      return cell;
    }

    private String text(String column) {
      String cell = raw(column);
      return cell == null ? "?" : cell;
    }

    private double number(String column) {
      String cell = raw(column);
      if (cell == null) {
        return Double.NaN;
      }
      if (cell.equalsIgnoreCase(NA)) {
        problems.add(where(column) + "a number is required here, not n/a");
        return Double.NaN;
      }
      return toDouble(column, cell);
    }

    private double optionalNumber(String column) {
      String cell = raw(column);
      if (cell == null || cell.equalsIgnoreCase(NA)) {
        return Double.NaN;
      }
      return toDouble(column, cell);
    }

    private double toDouble(String column, String cell) {
      try {
        double v = Double.parseDouble(cell);
        if (!Double.isFinite(v)) {
          problems.add(where(column) + "'" + cell + "' is not a finite number");
        }
        return v;
      } catch (NumberFormatException e) {
        problems.add(where(column) + "'" + cell + "' is not a number");
        return Double.NaN;
      }
    }

    private int integer(String column) {
      String cell = raw(column);
      if (cell == null) {
        return 0;
      }
      try {
        return Integer.parseInt(cell);
      } catch (NumberFormatException e) {
        problems.add(where(column) + "'" + cell + "' is not a whole number");
        return 0;
      }
    }

    private OptionalInt optionalInteger(String column) {
      String cell = raw(column);
      if (cell == null || cell.equalsIgnoreCase(NA)) {
        return OptionalInt.empty();
      }
      try {
        return OptionalInt.of(Integer.parseInt(cell));
      } catch (NumberFormatException e) {
        problems.add(where(column) + "'" + cell + "' is not a whole number");
        return OptionalInt.empty();
      }
    }

    private Provenance provenance(String group) {
      String source = raw(group + "_source");
      String status = raw(group + "_status");
      if (source == null || status == null) {
        return null;
      }
      try {
        return new Provenance(source, Verification.parse(status));
      } catch (IllegalArgumentException e) {
        problems.add(where(group + "_source/" + group + "_status") + e.getMessage());
        return null;
      }
    }

    private String where(String column) {
      String id = cells.getOrDefault("id", "?");
      return file
          + " line "
          + line
          + (id.isEmpty() ? "" : " (" + id + ")")
          + (column == null ? "" : ", " + column)
          + ": ";
    }
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
    };
  }
}
