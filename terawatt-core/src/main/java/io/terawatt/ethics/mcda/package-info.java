/**
 * Classic multi-criteria decision analysis methods on one weight vector: the weighted sum on
 * min-max normalised values (Fishburn 1967), TOPSIS with vector normalisation (Hwang &amp; Yoon
 * 1981) and PROMETHEE II net outranking flows (Brans &amp; Vincke 1985). Each returns one score per
 * option, higher is better.
 */
package io.terawatt.ethics.mcda;
