package io.terawatt.io.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.supply.technology.TechnologyCatalog;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The palette table: a name and a distinct colour for every technology of the catalog. */
class PaletteTest {
  @Test
  void everyCatalogTechnologyHasANameAndItsOwnColour() {
    Set<String> colours = new HashSet<>();
    for (String id : TechnologyCatalog.builtIn().ids()) {
      assertThat(Palette.table()).as(id).containsKey(id);
      Palette.Entry e = Palette.table().get(id);
      assertThat(e.name()).as(id).doesNotContain("_");
      assertThat(colours.add(e.colour())).as("colour of " + id + " is used twice").isTrue();
    }
    assertThat(colours).doesNotContain(new Palette().colour("unserved"));
  }

  @Test
  void unknownKeysGetAReadableNameAndKeepTheirColour() {
    Palette p = new Palette();
    String first = p.colour("tidal_stream");
    assertThat(p.name("tidal_stream")).isEqualTo("tidal stream");
    p.colour("wave_power");
    assertThat(p.colour("tidal_stream")).isEqualTo(first);
    assertThat(p.colour("wave_power")).isNotEqualTo(first);
  }
}
