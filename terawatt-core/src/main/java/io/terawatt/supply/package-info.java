/**
 * Energy supply for a data-centre site: the options a site can use (generators, storage, a grid
 * connection), hourly flows and the metrics computed from them. Subpackages hold the technology
 * catalog ({@code technology}), resource profiles ({@code resource}), the hourly dispatch
 * simulation ({@code dispatch}) and least-cost planning ({@code plan}).
 */
package io.terawatt.supply;
