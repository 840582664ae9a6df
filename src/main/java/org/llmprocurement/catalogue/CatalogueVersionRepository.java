package org.llmprocurement.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersionEntity, Long> {

  List<CatalogueVersionEntity> findByVersion(String version);
}
