package io.terawatt.cli.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/** The CLI builds no JSON: it hands result records to io's report writers. */
@AnalyzeClasses(packages = "io.terawatt.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliJsonTest {

  @ArchTest
  static final ArchRule cliUsesNoJsonLibrary = ArchitectureRules.noJsonLibrary("io.terawatt.cli");
}
