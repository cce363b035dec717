/**
 * Parameters of the outlook as documented distributions: each has a name with its unit, a
 * distribution and a source (unverified figures say so), and a scenario assigns a distribution to
 * every parameter.
 */
package io.terawatt.outlook.parameter;
