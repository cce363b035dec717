/**
 * Access control: API tokens stored as salted SHA-256 hashes, required for every write and, when
 * configured, for reads.
 */
package io.terawatt.server.auth;
