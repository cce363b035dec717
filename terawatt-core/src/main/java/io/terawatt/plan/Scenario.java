package io.terawatt.plan;

import io.terawatt.ethics.Stakeholder;
import io.terawatt.footprint.FootprintRequest;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything one plan needs: the workloads, the candidate sites, how the batch work is run, who
 * weighs what, and the outlook.
 *
 * @param name scenario name
 * @param description one line on what is planned
 * @param workloads training runs and served models (as in the footprint input)
 * @param trainingBusyFraction share of the planning year the training clusters are busy with
 *     successive runs, 0..1 (1: a cluster trains all year, as a frontier campus does)
 * @param sites candidate sites, at least one; the assessment needs two
 * @param operations batch scheduling settings
 * @param stakeholders weights of the assessment's indicators by stakeholder group; empty weighs
 *     every indicator equally
 * @param outlook the outlook run
 * @param representativeWeeks weeks the supply plans are solved on; 0 for the exact 8,760-hour
 *     programme
 */
public record Scenario(
    String name,
    String description,
    FootprintRequest workloads,
    double trainingBusyFraction,
    List<CandidateSite> sites,
    Operations operations,
    List<Stakeholder> stakeholders,
    OutlookSettings outlook,
    int representativeWeeks) {

  /**
   * Share of the year a training cluster is busy when the scenario gives none: 1, a frontier
   * cluster trains successive runs all year (a modelling assumption, unverified).
   */
  public static final double DEFAULT_TRAINING_BUSY_FRACTION = 1;

  /** Copies the lists and checks that there is a site and that the sites share one year. */
  public Scenario {
    sites = List.copyOf(sites);
    stakeholders = List.copyOf(stakeholders);
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("A scenario needs at least one candidate site.");
    }
    int year = sites.get(0).planningYear();
    for (CandidateSite c : sites) {
      if (c.planningYear() != year) {
        throw new IllegalArgumentException(
            "A plan has one planning year: "
                + c.name()
                + " plans "
                + c.planningYear()
                + ", "
                + sites.get(0).name()
                + " "
                + year
                + ".");
      }
    }
  }

  /**
   * A scenario as its file says, the defaults applied: training clusters busy {@link
   * #DEFAULT_TRAINING_BUSY_FRACTION} of the year, {@link RepresentativeWeekPlanner#DEFAULT_WEEKS}
   * representative weeks.
   */
  public static Scenario of(
      String name,
      String description,
      FootprintRequest workloads,
      OptionalDouble trainingBusyFraction,
      List<CandidateSite> sites,
      Operations operations,
      List<Stakeholder> stakeholders,
      OutlookSettings outlook,
      OptionalInt representativeWeeks) {
    return new Scenario(
        name,
        description,
        workloads,
        trainingBusyFraction.orElse(DEFAULT_TRAINING_BUSY_FRACTION),
        sites,
        operations,
        stakeholders,
        outlook,
        representativeWeeks.orElse(RepresentativeWeekPlanner.DEFAULT_WEEKS));
  }

  /** The planning year every site shares. */
  public int planningYear() {
    return sites.get(0).planningYear();
  }

  /** Hours of the planning year (8,760, or 8,784 in a leap year). */
  public int hoursOfYear() {
    return LocalDate.of(planningYear(), 1, 1).lengthOfYear() * 24;
  }

  /** This scenario solved on all hours (the exact programme) or on k representative weeks. */
  public Scenario withRepresentativeWeeks(int weeks) {
    return new Scenario(
        name,
        description,
        workloads,
        trainingBusyFraction,
        sites,
        operations,
        stakeholders,
        outlook,
        weeks);
  }
}
