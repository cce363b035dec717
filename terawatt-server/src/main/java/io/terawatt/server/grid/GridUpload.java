package io.terawatt.server.grid;

import io.terawatt.io.grid.ImportOptions;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A grid file sent to the server.
 *
 * @param filename the file name as sent
 * @param extension its extension, lower case with the dot ({@code .csv} or {@code .json})
 * @param content opens the file's bytes
 * @param options zone and time zone given with it
 */
public record GridUpload(
    String filename, String extension, Supplier<InputStream> content, ImportOptions options) {}
