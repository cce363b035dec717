/**
 * The {@code terawatt supply} commands: simulate a site's year, plan it at least cost, list
 * technologies.
 */
package io.terawatt.cli.supply;
