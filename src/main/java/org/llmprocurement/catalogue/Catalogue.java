package org.llmprocurement.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The requirement catalogue: what we ask LLM vendors to commit to, by clause area.
 *
 * @param version release of the catalogue, raised whenever its content changes
 * @param areas clause areas in reading order
 * @param requirements requirements in reading order
 */
public record Catalogue(String version, List<Area> areas, List<Requirement> requirements) {

  public Catalogue {
    areas = areas == null ? List.of() : List.copyOf(areas);
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
  }

  public Optional<Requirement> requirement(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Area> area(String key) {
    return areas.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  public List<Requirement> inArea(String areaKey) {
    return requirements.stream().filter(r -> r.area().equals(areaKey)).toList();
  }
}
