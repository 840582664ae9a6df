package org.llmprocurement.bench.bare;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository of {@link IntakeRecord}. */
public interface IntakeRecords extends JpaRepository<IntakeRecord, Long> {}
