package io.terawatt.io.store;

/**
 * What a save did.
 *
 * @param added hours not stored before
 * @param updated hours from the same source whose value changed
 * @param conflicts hours stored from another source with a different value, kept unchanged
 */
public record SaveCounts(long added, long updated, long conflicts) {
  /** Hours that were new or changed. */
  public long changed() {
    return added + updated;
  }
}
