package io.terawatt.outlook;

/**
 * What a remote Monte Carlo run did, for its log line.
 *
 * @param scenario the scenario name
 * @param samples samples run
 * @param seconds wall time of the sampling
 * @param year the year of the headline figure
 * @param electricityP50_TWh P50 of data-centre electricity in that year
 */
public record RemoteSamplingSummary(
    String scenario, int samples, double seconds, int year, double electricityP50_TWh) {}
