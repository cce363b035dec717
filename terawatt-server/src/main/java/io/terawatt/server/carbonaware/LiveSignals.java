package io.terawatt.server.carbonaware;

import io.terawatt.grid.SignalSource;
import io.terawatt.grid.SignalSources;
import io.terawatt.io.store.GridStore;
import io.terawatt.io.store.StoreSignalSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The signals the server serves right now: the grid store's imported data, then the built-in
 * typical years ({@link SignalSources#importedThenBuiltIn}); swapped whole after each import.
 */
public final class LiveSignals implements Supplier<SignalSource> {
  private final String forecastModel;
  private final AtomicReference<SignalSource> current = new AtomicReference<>();

  private LiveSignals(String forecastModel) {
    this.forecastModel = forecastModel;
  }

  /**
   * Reads the grid store when its file exists, else serves the built-in typical years only.
   *
   * @param forecastModel the model for zones whose imported data reach the current hour
   */
  public static LiveSignals open(Path gridDb, String forecastModel) throws SQLException {
    LiveSignals s = new LiveSignals(forecastModel);
    if (gridDb != null && Files.isRegularFile(gridDb)) {
      try (GridStore store = GridStore.open(gridDb)) {
        s.reload(store);
      }
    } else {
      s.current.set(SignalSources.importedThenBuiltIn(SignalSources.none(), forecastModel));
    }
    return s;
  }

  /** Re-reads the imported data of {@code store}. */
  public void reload(GridStore store) throws SQLException {
    current.set(SignalSources.importedThenBuiltIn(StoreSignalSource.load(store), forecastModel));
  }

  @Override
  public SignalSource get() {
    return current.get();
  }
}
