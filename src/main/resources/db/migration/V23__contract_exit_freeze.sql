-- The register's side of the exit runbook (issue 10): the exit that froze an entry (no new use
-- cases under it), when, and when the entry was closed at the end of its exit. A procurement may
-- name the existing contract its new use case runs under.
ALTER TABLE contract ADD COLUMN frozen_by_exit BIGINT;
ALTER TABLE contract ADD COLUMN frozen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contract ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE procurement ADD COLUMN existing_contract_id BIGINT REFERENCES contract (id);
