package org.llmprocurement.catalogue;

import java.util.List;

/** The catalogue file is malformed; each problem names the entry id and the field. */
public class CatalogueValidationException extends IllegalStateException {

  private final List<String> problems;

  CatalogueValidationException(List<String> problems) {
    super("The requirement catalogue is invalid (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):\n - " + String.join("\n - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
