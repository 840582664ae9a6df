package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PilotPromotionItemRepository extends JpaRepository<PilotPromotionItem, Long> {
  @Query("select e from PilotPromotionItem e where e.promotionId = :promotionId order by e.id asc")
  List<PilotPromotionItem> findByPromotionIdOrderByIdAsc(@Param("promotionId") long promotionId);
}
