package io.terawatt.outlook.sensitivity;

import java.io.Serializable;

/**
 * Sobol indices of one parameter for one output.
 *
 * @param parameter the parameter key
 * @param firstOrder share of the output variance explained by the parameter alone (S_i)
 * @param total share including all its interactions (S_Ti)
 */
public record SensitivityIndex(String parameter, double firstOrder, double total)
    implements Serializable {}
