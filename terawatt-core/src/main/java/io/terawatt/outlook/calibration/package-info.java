/**
 * Calibration of the outlook's 2024 baseline against IEA and LBNL, and the comparison of its
 * projection with published ranges (IEA 2030 and 2035, LBNL 2028, Epoch AI trends).
 */
package io.terawatt.outlook.calibration;
