package io.terawatt.ethics;

/**
 * How far one indicator's weight can move (the other weights rescaled proportionally so all still
 * sum to 1) before the weighted-sum result changes.
 *
 * @param indicator indicator name
 * @param weight its current weight
 * @param topLow lowest weight at which the current first option stays first
 * @param topHigh highest weight at which the current first option stays first
 * @param rankingLow lowest weight at which the whole ranking stays the same
 * @param rankingHigh highest weight at which the whole ranking stays the same
 */
public record WeightInterval(
    String indicator,
    double weight,
    double topLow,
    double topHigh,
    double rankingLow,
    double rankingHigh) {}
