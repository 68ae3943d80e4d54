package io.github.monetik.affiliate;

import io.github.monetik.report.Provenance;

/** How a result's text ends: the provenance's notes, one per line. */
final class Notes {
  private Notes() {}

  static StringBuilder append(StringBuilder b, Provenance provenance) {
    for (String note : provenance.notes()) {
      b.append("\nnote: ").append(note);
    }
    return b;
  }
}
