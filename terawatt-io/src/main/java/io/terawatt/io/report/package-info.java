/**
 * Writers that turn core results into JSON, CSV and terminal tables. Every field and column name
 * carries its unit; nothing is computed here.
 */
package io.terawatt.io.report;
