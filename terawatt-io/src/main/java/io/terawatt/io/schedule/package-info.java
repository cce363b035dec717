/**
 * Readers for carbon-aware scheduling: batch job files and intensity histories for one signal type,
 * from any layout the grid importers read.
 */
package io.terawatt.io.schedule;
