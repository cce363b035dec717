/**
 * The {@code terawatt} command line: thin picocli commands that read input through {@code
 * terawatt-io}, call one use case of the core library, and print the result. Exit codes: 0 done, 1
 * validation comparisons failed, 2 usage error, 3 invalid input.
 */
package io.terawatt.cli;
