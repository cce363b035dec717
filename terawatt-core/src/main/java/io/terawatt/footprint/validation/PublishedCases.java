package io.terawatt.footprint.validation;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.AttentionKind;
import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.footprint.Overheads;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.ServingEfficiency;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.quantity.CarbonIntensity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The published cases, with every input taken from the cited source. MFU is given only where the
 * source measured it (Patterson et al. 2021 report achieved TFLOP/s); elsewhere the catalog default
 * for the accelerator generation applies. Power per device is given only where the source states
 * the figure its energy rests on.
 */
public final class PublishedCases {
  private PublishedCases() {}

  private static final String PATTERSON =
      "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training, Table 4";
  private static final String LLAMA2 =
      "Touvron et al. 2023, Llama 2, Table 2 and meta-llama/llama-models MODEL_CARD (400 W, PUE"
          + " 1.1 implied, 0.385 kgCO2e/kWh implied); energy = GPU-h x 400 W x 1.1 (Morrison et al."
          + " 2025 Table 2 prints 81 and 162 MWh)";
  private static final String MLENERGY =
      "ML.ENERGY leaderboard v3 (Chung et al. 2025), meta-llama Llama-3.1-8B-Instruct,"
          + " lm-arena-chat, 1x H100, vLLM; data 2026-02-16";

  /**
   * Prompt tokens assumed for the ML.ENERGY chat task: the leaderboard does not publish prompt
   * length. At batch 511 the KV cache (72 GB usable − 16 GB of weights, 131 kB per token) holds 834
   * tokens of context per request, so prompts average at most about 630 tokens (context = prompt +
   * half of the ~400 output tokens); 600 is taken.
   */
  public static final double MLENERGY_CHAT_PROMPT_TOKENS = 600;

  /** All training cases. */
  public static List<PublishedTrainingCase> training() {
    HardwareCatalog c = HardwareCatalog.builtIn();
    return List.of(
        new PublishedTrainingCase(
            run(
                "GPT-3 175B",
                dense(175e9, 96, 12288, 2048),
                300e9,
                c,
                "v100-sxm2",
                10_000,
                Precision.FP16,
                0.197,
                3_552_000,
                330,
                1.10,
                429),
            1287,
            OptionalDouble.of(552.1),
            "measured system power per chip incl. host, x PUE 1.10",
            PATTERSON + "; 24.6 of 125 TFLOP/s; device-hours = 10,000 x 14.8 d x 24 h"),
        new PublishedTrainingCase(
            run(
                "T5-11B",
                ModelSpec.ofParameters(11e9),
                4.05e22 / (6 * 11e9),
                c,
                "tpu-v3",
                512,
                Precision.BF16,
                45.6 / 123,
                245_760,
                310,
                1.12,
                545),
            85.7,
            OptionalDouble.of(46.7),
            "measured system power per chip incl. host, x PUE 1.12",
            PATTERSON + "; tokens = published 4.05e22 FLOP / 6N; device-hours = 512 x 20 d x 24 h"),
        new PublishedTrainingCase(
            run(
                "Meena 2.6B",
                ModelSpec.ofParameters(2.6e9),
                1.12e23 / (6 * 2.6e9),
                c,
                "tpu-v3",
                1024,
                Precision.BF16,
                42.3 / 123,
                737_280,
                289,
                1.09,
                415),
            232,
            OptionalDouble.of(96.4),
            "measured system power per chip incl. host, x PUE 1.09",
            PATTERSON
                + "; tokens = published 1.12e23 FLOP / 6N; device-hours = 1,024 x 30 d x 24 h"),
        new PublishedTrainingCase(
            run(
                "BLOOM-176B",
                dense(176e9, 70, 14336, 2048),
                366e9,
                c,
                "a100-80gb-sxm",
                384,
                Precision.BF16,
                Double.NaN,
                1_082_990,
                400,
                1.0,
                57),
            433.196,
            OptionalDouble.of(24.69),
            "dynamic energy: GPU-hours x 400 W (TDP), no PUE, no idle",
            "Luccioni, Viguier, Ligozat 2023, Estimating the Carbon Footprint of BLOOM (JMLR)"),
        new PublishedTrainingCase(
            run(
                "Llama 2 7B",
                dense(7e9, 32, 4096, 4096),
                2e12,
                c,
                "a100-80gb-sxm",
                2048,
                Precision.BF16,
                Double.NaN,
                184_320,
                400,
                1.1,
                385),
            81.1,
            OptionalDouble.of(31.22),
            "rated GPU power (400 W) x PUE 1.1",
            LLAMA2),
        new PublishedTrainingCase(
            run(
                "Llama 2 13B",
                dense(13e9, 40, 5120, 4096),
                2e12,
                c,
                "a100-80gb-sxm",
                2048,
                Precision.BF16,
                Double.NaN,
                368_640,
                400,
                1.1,
                385),
            162.2,
            OptionalDouble.of(62.44),
            "rated GPU power (400 W) x PUE 1.1",
            LLAMA2),
        new PublishedTrainingCase(
            run(
                "Llama 2 70B",
                dense(70e9, 80, 8192, 4096),
                2e12,
                c,
                "a100-80gb-sxm",
                2048,
                Precision.BF16,
                Double.NaN,
                1_720_320,
                400,
                1.1,
                385),
            757.0,
            OptionalDouble.of(291.42),
            "rated GPU power (400 W) x PUE 1.1",
            LLAMA2),
        new PublishedTrainingCase(
            run(
                "OLMo 2 7B",
                dense(7.3e9, 32, 4096, 4096),
                4.15e12,
                c,
                "h100-sxm",
                1024,
                Precision.BF16,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                1.2,
                332),
            157,
            OptionalDouble.of(52),
            "measured GPU power x PUE 1.2; no device-hours published",
            "Morrison et al. 2025, Holistically Evaluating the Environmental Impact of Creating"
                + " Language Models (ICLR), Table 2; 4 T tokens + 3 x 50 B mid-training"));
  }

  /**
   * The inference cases on one H100: Llama-3.1-8B at each measured batch size (the batch-8 and
   * batch-512 points calibrated the default efficiencies) and Qwen3-14B, wholly out of sample.
   */
  public static List<PublishedInferenceCase> inference() {
    Accelerator h100 = HardwareCatalog.builtIn().find("h100-sxm").orElseThrow();
    ModelSpec llama31 = dense(8.03e9, 32, 4096, 131072).withKvDim(1024);
    // batch, average output tokens, J per output token, output tokens/s, average power W
    // (ML.ENERGY v3 JSON: energy_per_token_joules, output_throughput_tokens_per_sec,
    // avg_power_watts).
    double[][] llamaPoints = {
      {8, 388.68, 0.4548, 1069.57, 486.44},
      {16, 404.23, 0.2627, 1953.57, 513.28},
      {32, 390.33, 0.1651, 3391.07, 559.71},
      {64, 395.54, 0.1186, 5147.15, 610.35},
      {96, 392.83, 0.1029, 6260.15, 643.95},
      {128, 404.59, 0.0951, 7036.53, 669.24},
      {192, 396.77, 0.0837, 8223.35, 688.25},
      {256, 404.18, 0.0766, 9009.61, 690.51},
      {384, 394.34, 0.0742, 9248.01, 686.52},
      {512, 396.67, 0.0702, 9805.59, 688.30},
    };
    // Qwen3-14B: 14.8 B parameters, 40 layers, width 5120, 8 KV heads of 128 (Qwen3 config).
    ModelSpec qwen3 = dense(14.8e9, 40, 5120, 40960).withKvDim(1024);
    double[][] qwenPoints = {
      {8, 619.54, 0.7061, 627.41, 443.01},
      {16, 621.63, 0.3983, 1168.17, 465.25},
      {32, 611.41, 0.2441, 2023.23, 493.87},
      {64, 617.24, 0.1672, 3140.32, 524.98},
      {96, 622.83, 0.1435, 3774.78, 541.78},
      {128, 613.52, 0.1279, 4474.35, 572.08},
      {192, 612.60, 0.1154, 5309.06, 612.81},
      {256, 624.56, 0.1119, 5760.27, 644.67},
    };
    List<PublishedInferenceCase> cases = new java.util.ArrayList<>();
    for (double[] p : llamaPoints) {
      int batch = (int) p[0];
      cases.add(point("Llama-3.1-8B", llama31, h100, p, batch == 8 || batch == 512, MLENERGY));
    }
    for (double[] p : qwenPoints) {
      cases.add(point("Qwen3-14B", qwen3, h100, p, false, MLENERGY_QWEN));
    }
    return List.copyOf(cases);
  }

  private static final String MLENERGY_QWEN =
      "ML.ENERGY leaderboard v3 (Chung et al. 2025), Qwen/Qwen3-14B, lm-arena-chat, 1x H100,"
          + " vLLM; data 2026-02-16";

  private static PublishedInferenceCase point(
      String model, ModelSpec spec, Accelerator a, double[] p, boolean calibration, String source) {
    int batch = (int) p[0];
    InferenceWorkload w =
        new InferenceWorkload(
            model + " H100 batch " + batch,
            spec,
            Precision.BF16,
            a,
            OptionalInt.of(1),
            batch,
            MLENERGY_CHAT_PROMPT_TOKENS,
            p[1],
            Site.DEFAULT,
            OptionalDouble.empty(),
            ServingEfficiency.DEFAULT,
            OptionalDouble.empty(),
            EmbodiedAssumptions.DEFAULT);
    return new PublishedInferenceCase(w, p[2], p[3], p[4], calibration, source);
  }

  private static ModelSpec dense(double parameters, int layers, int dModel, int context) {
    return new ModelSpec(
        parameters,
        OptionalDouble.empty(),
        OptionalInt.of(layers),
        OptionalInt.of(dModel),
        OptionalInt.of(context),
        AttentionKind.DENSE,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty());
  }

  private static TrainingRun run(
      String name,
      ModelSpec model,
      double tokens,
      HardwareCatalog catalog,
      String accelerator,
      int count,
      Precision precision,
      double publishedMfu,
      double deviceHours,
      double powerW,
      double pue,
      double intensityGPerKwh) {
    Site site =
        Site.DEFAULT
            .withPue(pue)
            .withGridIntensity(CarbonIntensity.ofGramsPerKilowattHour(intensityGPerKwh));
    return new TrainingRun(
        name,
        model,
        tokens,
        catalog.find(accelerator).orElseThrow(),
        count,
        precision,
        Double.isNaN(publishedMfu) ? OptionalDouble.empty() : OptionalDouble.of(publishedMfu),
        Double.isNaN(deviceHours) ? OptionalDouble.empty() : OptionalDouble.of(deviceHours),
        Double.isNaN(powerW) ? OptionalDouble.empty() : OptionalDouble.of(powerW),
        OptionalDouble.empty(),
        Overheads.NONE,
        site,
        Optional.empty(),
        OptionalDouble.empty(),
        EmbodiedAssumptions.DEFAULT);
  }
}
