package org.llmprocurement.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * Which group has had work on which procurement: a (business key, group) pair for every user task,
 * open or done, of any process with the procurement's business key (the lifecycle and the processes
 * it calls share it) that was offered to the group as a candidate. Read from the engine's history
 * (full history level), never written: the rule "a group sees the procurements it has work on"
 * ({@link ProcurementAccess}). History removed by the history cleanup (two years after a process
 * ends) is no longer counted.
 */
@Entity
@Immutable
@Subselect("select distinct p.BUSINESS_KEY_ as business_key, l.GROUP_ID_ as group_id"
    + " from ACT_HI_IDENTITYLINK l"
    + " join ACT_HI_TASKINST t on t.ID_ = l.TASK_ID_"
    + " join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_"
    + " where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null and p.BUSINESS_KEY_ is not null")
@Synchronize({"ACT_HI_IDENTITYLINK", "ACT_HI_TASKINST", "ACT_HI_PROCINST"})
class GroupWork {

  @EmbeddedId
  private Key id;

  protected GroupWork() {}

  Key getId() {
    return id;
  }

  /** The pair. */
  @Embeddable
  static class Key implements Serializable {
    @Column(name = "business_key")
    private String businessKey;
    @Column(name = "group_id")
    private String groupId;

    protected Key() {}

    String getBusinessKey() {
      return businessKey;
    }

    String getGroupId() {
      return groupId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Objects.equals(businessKey, k.businessKey) && java.util.Objects.equals(groupId, k.groupId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(businessKey, groupId);
    }
  }
}
