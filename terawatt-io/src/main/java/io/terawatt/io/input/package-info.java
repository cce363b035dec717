/**
 * Reading the user's input files into core records, with every problem reported at once.
 *
 * <p>YAML is parsed into a tree that remembers the line and column of every node, so that each
 * {@link io.terawatt.io.parse.Problem} names the file, line, field path and value. Unknown keys are
 * warnings that name the key; invalid values are errors. Nothing is computed here.
 */
package io.terawatt.io.input;
