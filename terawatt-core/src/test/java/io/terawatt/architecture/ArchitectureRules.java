package io.terawatt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture rules that hold in more than one module (docs/architecture.md lists them with
 * the test that enforces each). Every module's architecture tests take their rules from here, so a
 * rule has one wording and one definition.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The capability packages of terawatt-core; their ROOT packages are the service APIs. */
  public static final List<String> CAPABILITIES =
      List.of("footprint", "grid", "supply", "scheduling", "ethics", "outlook", "plan");

  /** The longest a command, route or job method may be, from its name to its closing brace. */
  public static final int MAX_FRONT_END_METHOD_LINES = 40;

  /** The one class of terawatt-server that may touch Jackson: it hands io's mapper to Javalin. */
  public static final String SERVER_JSON_MAPPER_CONFIG = "io.terawatt.server.http.JsonMapperConfig";

  /** Packages of the JSON library (databind's ObjectMapper and trees, core's JsonGenerator). */
  public static final String[] JACKSON = {
    "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core.."
  };

  /** Packages of LP solver libraries, and the module of their back ends. */
  public static final String[] SOLVER_LIBRARIES = {
    "com.google.ortools..", "com.google.protobuf..", "io.terawatt.solvers.."
  };

  /** True for a capability's sub-package, such as {@code io.terawatt.supply.plan}. */
  public static boolean isCapabilityInternal(String packageName) {
    for (String capability : CAPABILITIES) {
      if (packageName.startsWith("io.terawatt." + capability + ".")) {
        return true;
      }
    }
    return false;
  }

  /** Classes in a capability's sub-package ({@code io.terawatt.<capability>.<sub>..}). */
  public static DescribedPredicate<JavaClass> capabilityInternals() {
    return DescribedPredicate.describe(
        "are in a capability's sub-package (io.terawatt.<capability>.<sub>..)",
        c -> isCapabilityInternal(c.getPackageName()));
  }

  /**
   * A front end reaches core only through the capability root packages (services, requests,
   * results) and {@code quantity} and {@code timeseries}; never a capability's internals.
   */
  public static ArchRule frontEndReachesCoreOnlyThroughCapabilityRoots(String frontEndPackage) {
    return noClasses()
        .that()
        .resideInAPackage(frontEndPackage + "..")
        .should()
        .dependOnClassesThat(capabilityInternals())
        .because(
            "a front end calls one service of a capability root with a request record and"
                + " formats the result through an io writer (CONSTITUTION MUST 5)");
  }

  /**
   * No class of {@code pkg} uses Jackson (ObjectMapper, JsonNode trees, JsonGenerator), except the
   * named classes and their nested classes: JSON is built by io's report writers.
   */
  public static ArchRule noJsonLibrary(String pkg, String... exceptions) {
    Set<String> allowed = Set.of(exceptions);
    DescribedPredicate<JavaClass> notExcepted =
        DescribedPredicate.describe(
            allowed.isEmpty() ? "are any class" : "are not " + allowed + " (or nested in it)",
            c -> !allowed.contains(c.getName()) && allowed.stream().noneMatch(a -> nestedIn(c, a)));
    return noClasses()
        .that()
        .resideInAPackage(pkg + "..")
        .and(notExcepted)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(JACKSON)
        .because(
            "JSON is built only by the report writers of terawatt-io (io.terawatt.io.report) and"
                + " parsed only by io readers");
  }

  /** No class of {@code pkg} uses an LP solver library or a back end: only the port. */
  public static ArchRule noSolverLibrary(String pkg) {
    return noClasses()
        .that()
        .resideInAPackage(pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SOLVER_LIBRARIES)
        .because(
            "LP solvers are reached through io.terawatt.supply.plan.LpSolvers; the OR-Tools back"
                + " ends live in terawatt-solvers and are found at run time");
  }

  /**
   * Every method of the given classes' source files that is longer than {@code maxLines}, found
   * under {@code sourceRoot} (for example {@code src/main/java}).
   */
  public static List<MethodSpan> methodsLongerThan(
      int maxLines, Collection<JavaClass> classes, Path sourceRoot) {
    Set<Path> files = new TreeSet<>();
    for (JavaClass c : classes) {
      c.getSource()
          .flatMap(s -> s.getFileName())
          .ifPresent(
              name ->
                  files.add(
                      sourceRoot.resolve(c.getPackageName().replace('.', '/')).resolve(name)));
    }
    return MethodSpans.longerThan(maxLines, files);
  }

  private static boolean nestedIn(JavaClass c, String outerName) {
    return c.getName().startsWith(outerName + "$");
  }
}
