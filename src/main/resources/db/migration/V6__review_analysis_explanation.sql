-- Why the clause analysis judged a MET clause as it did (commitment span, figure against the bar,
-- weak phrases harmless or undermining), shown in the review rows and the checklist API.
ALTER TABLE review_item ADD COLUMN analysis_explanation VARCHAR(4000);
