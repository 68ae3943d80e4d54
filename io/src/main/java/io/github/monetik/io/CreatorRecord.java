package io.github.monetik.io;

import io.github.monetik.programs.CreatorProfile;
import java.util.Objects;

/**
 * One creator of a profiles file: the file's id for them and their profile.
 *
 * @param id the creator's id in the file, not blank
 * @param profile the profile
 */
public record CreatorRecord(String id, CreatorProfile profile) {
  /**
   * Checks the parts.
   *
   * @param id the creator's id in the file, not blank
   * @param profile the profile
   */
  public CreatorRecord {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was '" + id + "'");
    }
  }
}
