package org.llmprocurement.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries that list or compare documents select metadata only; the content is read for downloads. */
interface ContractDocumentRepository extends JpaRepository<ContractDocument, Long> {

  String INFO = "select new org.llmprocurement.documents.DocumentInfo(d.id, d.procurementId, d.type, d.title,"
      + " d.version, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt, d.effectiveDate,"
      + " d.supersedesId) from ContractDocument d";

  @Query(INFO + " where d.procurementId = :procurementId")
  List<DocumentInfo> infos(@Param("procurementId") long procurementId);

  @Query(INFO + " where d.procurementId = :procurementId and d.id = :id")
  Optional<DocumentInfo> info(@Param("procurementId") long procurementId, @Param("id") long id);

  @Query(INFO + " where d.procurementId = :procurementId and d.type = :type and d.title = :title"
      + " order by d.version desc limit 1")
  Optional<DocumentInfo> latestOfFamily(@Param("procurementId") long procurementId, @Param("type") DocumentType type,
      @Param("title") String title);

  @Query("select d from ContractDocument d where d.procurementId = :procurementId and d.version ="
      + " (select max(o.version) from ContractDocument o"
      + "  where o.procurementId = d.procurementId and o.type = d.type and o.title = d.title)")
  List<ContractDocument> latest(@Param("procurementId") long procurementId);

  @Query("select e from ContractDocument e where e.id = :id and e.procurementId = :procurementId")
  Optional<ContractDocument> findByIdAndProcurementId(@Param("id") long id, @Param("procurementId") long procurementId);
}
