package io.terawatt.outlook.montecarlo;

import java.io.Serializable;

/**
 * The outputs of a contiguous range of samples: {@code values[metric][year][i]} for samples {@code
 * from + i}. Serializable so that cluster engines can ship blocks back to the driver.
 *
 * @param from index of the first sample
 * @param count number of samples
 * @param values outputs by metric, year and sample
 */
public record SampleBlock(int from, int count, double[][][] values) implements Serializable {}
