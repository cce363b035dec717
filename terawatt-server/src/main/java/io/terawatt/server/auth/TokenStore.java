package io.terawatt.server.auth;

import io.terawatt.server.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens. A token reads {@code tw_<id>_<secret>}: the id (16 hex digits) finds the row, and the
 * row holds a random 16-byte salt and SHA-256(salt ‖ secret); the secret itself (32 random bytes,
 * base64url) is shown once and never stored. A salted SHA-256 suffices here because the secret
 * carries 256 random bits, so there is nothing to guess from a leaked hash; a slow hash (PBKDF2)
 * would only cost time on every write request.
 */
public final class TokenStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;
  private final Clock clock;
  private final Map<String, String[]> cache = new ConcurrentHashMap<>();

  /** Tokens in {@code db}. */
  public TokenStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Creates a token and returns its full text (the only time it is available). */
  public String create(String name) throws SQLException {
    byte[] idBytes = new byte[8];
    byte[] secretBytes = new byte[32];
    byte[] salt = new byte[16];
    RANDOM.nextBytes(idBytes);
    RANDOM.nextBytes(secretBytes);
    RANDOM.nextBytes(salt);
    String id = HexFormat.of().formatHex(idBytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    String saltHex = HexFormat.of().formatHex(salt);
    String hash = hash(saltHex, secret);
    db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO api_token VALUES (?, ?, ?, ?, ?, FALSE)")) {
            p.setString(1, id);
            p.setString(2, name);
            p.setString(3, saltHex);
            p.setString(4, hash);
            p.setLong(5, clock.millis());
            p.executeUpdate();
          }
          return null;
        });
    return "tw_" + id + "_" + secret;
  }

  /** How many tokens are active. */
  public int count() throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p =
                  c.prepareStatement("SELECT count(*) FROM api_token WHERE revoked = FALSE");
              ResultSet r = p.executeQuery()) {
            r.next();
            return r.getInt(1);
          }
        });
  }

  /** The name of the token's owner when {@code token} is valid. */
  public Optional<String> verify(String token) throws SQLException {
    if (token == null || !token.startsWith("tw_") || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("_", 3);
    if (parts.length != 3 || parts[1].length() != 16) {
      return Optional.empty();
    }
    String[] row = cache.get(parts[1]);
    if (row == null) {
      row = load(parts[1]);
      if (row == null) {
        return Optional.empty();
      }
      cache.put(parts[1], row);
    }
    byte[] expected = row[1].getBytes(StandardCharsets.US_ASCII);
    byte[] actual = hash(row[0], parts[2]).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual) ? Optional.of(row[2]) : Optional.empty();
  }

  private String[] load(String id) throws SQLException {
    return db.tx(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT salt_hex, hash_sha256_hex, name FROM api_token WHERE id = ? AND revoked"
                      + " = FALSE")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              return r.next()
                  ? new String[] {r.getString(1), r.getString(2), r.getString(3)}
                  : null;
            }
          }
        });
  }

  static String hash(String saltHex, String secret) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(HexFormat.of().parseHex(saltHex));
      d.update(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
