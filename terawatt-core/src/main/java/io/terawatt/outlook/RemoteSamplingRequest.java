package io.terawatt.outlook;

import java.nio.file.Path;

/**
 * A Monte Carlo run for another process.
 *
 * @param scenario a serialized scenario file (as {@link RemoteSampling#engine} writes it) or a
 *     built-in scenario name
 * @param samples samples, at least 1
 * @param seed the run seed
 * @param result where the serialized result goes
 */
public record RemoteSamplingRequest(String scenario, int samples, long seed, Path result) {}
