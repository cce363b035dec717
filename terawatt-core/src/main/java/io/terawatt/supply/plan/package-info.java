/**
 * Least-cost supply planning: one linear programme per site that sizes generators and storage and
 * dispatches them over every hour, under an optional hourly or annual carbon-free-energy target, an
 * emissions cap, and the site's land, water and grid limits.
 *
 * <p>{@link io.terawatt.supply.plan.LeastCostPlanner} holds the formulation (documented there) and
 * returns a {@link io.terawatt.supply.plan.SupplyPlan}; targets out of reach come back as {@link
 * io.terawatt.supply.plan.Infeasibility} with the best achievable value and the binding limits. The
 * programme is written through the {@link io.terawatt.supply.plan.LpSolver} port; back ends come
 * from {@link io.terawatt.supply.plan.LpSolverProvider}s on the class path ({@link
 * io.terawatt.supply.plan.LpSolvers}), which live in the {@code terawatt-solvers} module, so that
 * the core needs no solver library. The model can be exported as MPS for other solvers. {@link
 * io.terawatt.supply.plan.SyntheticSites} builds seeded test sites.
 */
package io.terawatt.supply.plan;
