/**
 * Hourly dispatch simulation of a year at a site with fixed capacities: variable renewables first,
 * storage, then dispatchable plants and grid imports in merit order, then unserved load; surpluses
 * charge storage, are exported, or are curtailed. Every hour balances exactly.
 */
package io.terawatt.supply.dispatch;
