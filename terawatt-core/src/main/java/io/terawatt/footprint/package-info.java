/**
 * The footprint engine: energy, carbon, water and cost of training and serving language models.
 *
 * <p>{@link io.terawatt.footprint.TrainingEstimator} turns a model, a token budget, hardware and a
 * site into compute, device-hours, IT and facility energy, operational and embodied carbon, water
 * and cost, either predictively (from FLOPs and model-FLOPs utilisation) or in accounting mode
 * (from published device-hours). {@link io.terawatt.footprint.InferenceEstimator} models one
 * request as a compute-bound prefill and memory- or compute-bound decode steps, and reports the
 * accelerator, server and facility boundaries separately. Hardware comes from {@link
 * io.terawatt.footprint.HardwareCatalog}, where every figure carries its source.
 */
package io.terawatt.footprint;
