package org.llmprocurement.contracts;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedParticularsRepository extends JpaRepository<RecordedParticulars, Long> {}
