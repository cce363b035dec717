/** Readers of LLM request traces (prompt and output tokens per request). */
package io.terawatt.io.trace;
