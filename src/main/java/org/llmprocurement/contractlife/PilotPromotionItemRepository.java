package org.llmprocurement.contractlife;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PilotPromotionItemRepository extends JpaRepository<PilotPromotionItem, Long> {
  List<PilotPromotionItem> findByPromotionIdOrderByIdAsc(long promotionId);
}
