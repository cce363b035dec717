package io.terawatt.server.auth;

/** Who may read: anyone ({@code open}, the default) or token holders only ({@code token}). */
public enum ReadAccess {
  /** Reads need no token. */
  OPEN,
  /** Reads need a token, as writes always do. */
  TOKEN
}
