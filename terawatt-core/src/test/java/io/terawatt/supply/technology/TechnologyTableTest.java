package io.terawatt.supply.technology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyTableTest {

  @Test
  void oneRowPerTechnologyWithCostsYearsAndFlags() {
    String md = TechnologyTable.markdown(TechnologyCatalog.builtIn());
    List<String> rows = Arrays.stream(md.split("\n")).filter(l -> l.startsWith("| ")).toList();
    assertThat(rows).hasSize(1 + 18);
    assertThat(rows.get(0)).contains("capex 2025", "capex 2030", "capex 2050", "available");
    String gas = row(rows, "gas_cc");
    assertThat(gas).contains("| dispatchable |", "1,086 (875–1,513)", "| 2025 |", "48–109");
    String fusion = row(rows, "fusion");
    assertThat(fusion).contains("2032–2045", "capex", "availability");
    String battery = row(rows, "battery_li_ion");
    assertThat(battery).contains("| storage |", "228");
    assertThat(row(rows, "grid_import")).contains("| import |", "n/a");
  }

  private static String row(List<String> rows, String id) {
    return rows.stream().filter(r -> r.startsWith("| " + id + " |")).findFirst().orElseThrow();
  }
}
