package org.llmprocurement.intake;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reads {@link GroupWork}. */
interface GroupWorkRepository extends JpaRepository<GroupWork, GroupWork.Key> {

  @Query("select count(w) > 0 from GroupWork w where w.id.businessKey = :businessKey and w.id.groupId in :groups")
  boolean anyOf(@Param("businessKey") String businessKey, @Param("groups") Collection<String> groups);

  @Query("select distinct w.id.businessKey from GroupWork w where w.id.groupId in :groups")
  java.util.List<String> businessKeysOf(@Param("groups") Collection<String> groups);
}
