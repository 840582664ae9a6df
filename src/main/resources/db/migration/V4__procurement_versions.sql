-- The catalogue and tier-threshold versions a procurement is reviewed against, pinned when its tier
-- is confirmed, so a later catalogue or threshold change never rewrites an earlier review.
ALTER TABLE procurement ADD COLUMN catalogue_version VARCHAR(40);
ALTER TABLE procurement ADD COLUMN thresholds_version VARCHAR(80);
