package io.terawatt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.server.auth.TokenStore;
import io.terawatt.server.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void createTokenPrintsATokenThatTheServerAccepts() throws Exception {
    CliRun r = CliRun.of("serve", "--data", dir.toString(), "--create-token", "ci");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    String token = r.out().trim();
    assertThat(token).matches("tw_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    TokenStore tokens =
        new TokenStore(Database.open(Database.embeddedUrl(dir), null, null), Clock.systemUTC());
    assertThat(tokens.verify(token)).hasValue("ci");
    assertThat(tokens.verify(token + "x")).isEmpty();
  }

  @Test
  void anUnknownReadAccessIsAUsageError() {
    CliRun r = CliRun.of("serve", "--data", dir.toString(), "--read-access", "everyone");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
