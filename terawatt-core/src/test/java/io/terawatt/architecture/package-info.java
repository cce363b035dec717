/**
 * The architecture rules shared by every module's architecture tests (through core's test jar):
 * front ends reach core only through capability root packages, build no JSON, use no solver
 * library, and keep command, route and job methods within 40 lines ({@link
 * io.terawatt.architecture.MethodSpans} counts them from the sources). docs/architecture.md lists
 * each rule with the test that enforces it.
 */
package io.terawatt.architecture;
