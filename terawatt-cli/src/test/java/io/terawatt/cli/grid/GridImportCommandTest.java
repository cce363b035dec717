package io.terawatt.cli.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terawatt grid import} and {@code grid list}: exit codes, errors and the summary. */
class GridImportCommandTest {
  private static final String EM_HEADER =
      "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
          + "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
          + "Data Source,Data Estimated,Data Estimation Method";

  @TempDir Path dir;

  private static String em(String hour, String direct, String lca) {
    return "2022-01-01 " + hour + ":00:00,X,X,X," + direct + "," + lca + ",1,1,src,false,";
  }

  private static Path write(Path file, String... lines) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path good() throws Exception {
    return write(
        dir.resolve("data/good/GB_2022_hourly.csv"),
        EM_HEADER,
        em("00", "150", "200"),
        em("01", "160", "210"),
        em("02", "170", "5000"));
  }

  private Path bad() throws Exception {
    return write(
        dir.resolve("data/bad/FR_2022_hourly.csv"),
        EM_HEADER,
        em("00", "50", "60"),
        em("01", "fifty", "61"),
        em("xx", "52", "62"));
  }

  @Test
  void importedZoneShowsUpInTheList() throws Exception {
    Path db = dir.resolve("grid.duckdb");

    GridCli imported = GridCli.run("grid", "import", good(), "--db", db);
    GridCli list = GridCli.run("grid", "list", "--db", db);

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 file(s) imported, 0 skipped, 0 with errors");
    assertThat(imported.out()).contains("GB average lifecycle gCO2e_per_kWh");
    assertThat(list.exitCode()).isZero();
    List<String> gbRows = list.out().lines().filter(l -> l.startsWith("GB ")).toList();
    assertThat(gbRows).hasSize(2);
    assertThat(gbRows).anyMatch(l -> l.contains("average") && l.contains("direct"));
    assertThat(gbRows).anyMatch(l -> l.contains("average") && l.contains("lifecycle"));
  }

  @Test
  void listsRejectedImpossibleValuesWithTheirLines() throws Exception {
    GridCli imported = GridCli.run("grid", "import", good(), "--db", dir.resolve("g.duckdb"));

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("rejected impossible values").contains("line 4: 5000.0");
  }

  @Test
  void aBrokenFileExitsWithThreeAndPrintsEveryErrorWithFileAndLine() throws Exception {
    Path file = bad();
    Path db = dir.resolve("grid.duckdb");

    GridCli run = GridCli.run("grid", "import", file, "--db", db);
    GridCli list = GridCli.run("grid", "list", "--db", db);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains(file + ":3: error: Carbon Intensity (direct) = 'fifty'")
        .contains(file + ":4: error: Datetime (UTC) = '2022-01-01 xx:00:00'");
    assertThat(run.out()).contains("0 file(s) imported, 0 skipped, 1 with errors");
    assertThat(list.out()).doesNotContain("FR");
  }

  @Test
  void aFolderWithOneBrokenFileImportsTheOthersAndCountsItInTheSummary() throws Exception {
    good();
    bad();
    write(dir.resolve("data/means.csv"), "zonecode,2020,2021,2022", "AT,1,2,3");
    Path db = dir.resolve("grid.duckdb");

    GridCli run = GridCli.run("grid", "import", dir.resolve("data"), "--db", db);
    GridCli list = GridCli.run("grid", "list", "--db", db);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("1 file(s) imported, 1 skipped, 1 with errors");
    assertThat(run.out()).contains("means.csv: note: layout not recognised");
    assertThat(list.out()).contains("GB ").doesNotContain("FR ");
  }

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
    Path file = good();
    Path db = dir.resolve("grid.duckdb");

    GridCli first = GridCli.run("grid", "import", file, "--db", db);
    GridCli second = GridCli.run("grid", "import", file, "--db", db);

    assertThat(first.out()).contains("; 5 hours new or changed");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("; 0 hours new or changed");
  }

  @Test
  void convertsLocalTimesOfAGenericFileWithTheGivenTimezone() throws Exception {
    Path file =
        write(
            dir.resolve("local.csv"),
            "time,gCO2e_per_kWh",
            "2023-07-01 02:00,0.2",
            "2023-07-01 03:00,0.3");
    Path db = dir.resolve("grid.duckdb");
    Path out = dir.resolve("out.csv");

    GridCli withoutTimezone = GridCli.run("grid", "import", file, "--zone", "DE-LU", "--db", db);
    GridCli run =
        GridCli.run(
            "grid",
            "import",
            file,
            "--zone",
            "DE-LU",
            "--timezone",
            "Europe/Berlin",
            "--unit",
            "kgCO2e_per_kWh",
            "--db",
            db);
    GridCli export = GridCli.run("grid", "export", "--zone", "DE-LU", "--out", out, "--db", db);

    assertThat(withoutTimezone.exitCode()).isEqualTo(3);
    assertThat(withoutTimezone.err()).contains(file + ":2: error:").contains("--timezone");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(export.out()).contains("2 rows written");
    List<String> rows = Files.readAllLines(out);
    assertThat(rows.get(1)).startsWith("DE-LU,average,lifecycle,2023-07-01 00:00:00,200.0");
    assertThat(rows.get(2)).startsWith("DE-LU,average,lifecycle,2023-07-01 01:00:00,300.0");
  }

  @Test
  void wrongOptionsAreUsageErrors() throws Exception {
    Path file = good();
    Path db = dir.resolve("grid.duckdb");

    GridCli format = GridCli.run("grid", "import", file, "--format", "excel", "--db", db);
    GridCli timezone =
        GridCli.run("grid", "import", file, "--timezone", "Mars/Olympus", "--db", db);
    GridCli fill = GridCli.run("grid", "import", file, "--fill", "spline", "--db", db);
    GridCli signal = GridCli.run("grid", "import", file, "--signal", "hourly", "--db", db);
    GridCli missing = GridCli.run("grid", "import", dir.resolve("nowhere.csv"), "--db", db);

    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("excel").contains("electricitymaps-wide, watttime");
    assertThat(timezone.exitCode()).isEqualTo(2);
    assertThat(timezone.err()).contains("Mars/Olympus");
    assertThat(fill.exitCode()).isEqualTo(2);
    assertThat(fill.err()).contains("seasonal-24h");
    assertThat(signal.exitCode()).isEqualTo(2);
    assertThat(signal.err()).contains("average or marginal");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
    assertThat(Files.exists(db)).isFalse();
  }
}
