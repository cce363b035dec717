/**
 * The OR-Tools back ends of the planner's {@link io.terawatt.supply.plan.LpSolver} port (GLOP, CLP,
 * PDLP), registered as a {@link io.terawatt.supply.plan.LpSolverProvider} for {@link
 * java.util.ServiceLoader}. OR-Tools and its native libraries are needed only where this module is
 * on the class path; the core compiles and tests without them.
 */
package io.terawatt.solvers.ortools;
