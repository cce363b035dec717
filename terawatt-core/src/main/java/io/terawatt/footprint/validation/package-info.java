/**
 * Published measurements the footprint engine is held to, and the comparison that prints predicted
 * against published figures.
 *
 * <p>Training cases come from Patterson et al. 2021 (GPT-3, T5, Meena), Luccioni et al. 2023
 * (BLOOM), Meta's Llama 2 model card and Morrison et al. 2025 (OLMo 2). Inference cases come from
 * the ML.ENERGY leaderboard v3 (Chung et al. 2025). Each case states the boundary of its published
 * figure so that like is compared with like.
 */
package io.terawatt.footprint.validation;
