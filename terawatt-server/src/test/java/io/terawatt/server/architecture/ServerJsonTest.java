package io.terawatt.server.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.ArchitectureRules;

/**
 * The server builds no JSON: routes hand result records to io's writers (or to Javalin, which
 * serialises with io's configured mapper). The one exception is {@code
 * io.terawatt.server.http.JsonMapperConfig}, which hands that mapper to Javalin.
 */
@AnalyzeClasses(
    packages = "io.terawatt.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ServerJsonTest {

  @ArchTest
  static final ArchRule serverUsesNoJsonLibraryButItsMapperConfig =
      ArchitectureRules.noJsonLibrary(
          "io.terawatt.server", ArchitectureRules.SERVER_JSON_MAPPER_CONFIG);
}
