/**
 * Variance-based sensitivity of the outlook: Sobol first-order and total indices of data-centre
 * electricity in chosen years, by the Saltelli (2010) and Jansen (1999) estimators.
 */
package io.terawatt.outlook.sensitivity;
