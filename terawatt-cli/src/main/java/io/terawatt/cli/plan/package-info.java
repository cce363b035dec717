/** The main job's commands: {@code terawatt plan} and {@code terawatt demo}. */
package io.terawatt.cli.plan;
