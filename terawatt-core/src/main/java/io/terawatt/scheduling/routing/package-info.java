/**
 * Routing of interactive requests (LLM inference) across regions within a latency objective,
 * least-carbon first and within capacities, after CASPER (Souza et al., "CASPER: Carbon-Aware
 * Scheduling and Provisioning for Distributed Web Services", IGSC 2023).
 */
package io.terawatt.scheduling.routing;
