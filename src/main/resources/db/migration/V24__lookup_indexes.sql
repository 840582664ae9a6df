-- Look-ups that scanned their whole table (issue 14; RepositoryIndexTest finds every derived
-- repository look-up whose first column has no index):
-- the procurement found after each start by its process instance,
CREATE INDEX ix_procurement_process_instance ON procurement (process_instance_id);
-- the contract found by its procurement's business key (register, contract life).
CREATE INDEX ix_contract_business_key ON contract (business_key);
