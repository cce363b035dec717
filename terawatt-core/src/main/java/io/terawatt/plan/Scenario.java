package io.terawatt.plan;

import io.terawatt.ethics.Stakeholder;
import io.terawatt.footprint.FootprintRequest;
import java.util.List;

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

  /** Copies the lists and checks that there is a site. */
  public Scenario {
    sites = List.copyOf(sites);
    stakeholders = List.copyOf(stakeholders);
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("A scenario needs at least one candidate site.");
    }
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
