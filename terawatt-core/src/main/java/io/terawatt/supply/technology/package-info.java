/**
 * The energy technology catalog: cited cost, emission, water, land, dispatch, availability and
 * supply-chain figures for the generation and storage technologies a data-centre site can use, with
 * 2025–2050 cost trajectories and factories that turn a catalog entry into the core {@link
 * io.terawatt.supply.GeneratorOption} and {@link io.terawatt.supply.StorageOption}.
 *
 * <p>The figures live in {@code technology-catalog.tsv} next to this package, one row per
 * technology. Each figure group carries a source and a {@link
 * io.terawatt.supply.technology.Verification} status; unverified figures say "unverified" in their
 * source. Entry points: {@link io.terawatt.supply.technology.TechnologyCatalog#builtIn()}, {@link
 * io.terawatt.supply.technology.Technology}, {@link
 * io.terawatt.supply.technology.TechnologyOptions} and {@link
 * io.terawatt.supply.technology.TechnologyTable}.
 */
package io.terawatt.supply.technology;
