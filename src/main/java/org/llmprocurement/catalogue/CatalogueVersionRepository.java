package org.llmprocurement.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogueVersionRepository extends JpaRepository<CatalogueVersionEntity, Long> {

  @Query("select e from CatalogueVersionEntity e where e.version = :version")
  List<CatalogueVersionEntity> findByVersion(@Param("version") String version);
}
