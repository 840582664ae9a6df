package org.llmprocurement.exit;

import java.util.List;

/**
 * The product's own tables in the export: one JSON file per table, the rows that belong to the
 * contract (directly, through its procurement, or through a parent row). Read with plain SELECTs
 * because most stages keep their repositories package-private; columns are exported as stored.
 * Vendor notice signing secrets are deliberately absent.
 */
final class RecordTables {

  /** One file: its path in the archive, what it holds, and the SELECT with parameters {@code :procurement} and {@code :contract}. */
  record Table(String path, String description, String sql) {}

  private static final String BY_PROCUREMENT = " WHERE procurement_id = :procurement ORDER BY id";
  private static final String BY_CONTRACT = " WHERE contract_id = :contract ORDER BY id";

  private RecordTables() {}

  static final List<Table> ALL = List.of(
      new Table("intake/procurement.json", "the intake answers, proposed and confirmed tier",
          "SELECT * FROM procurement WHERE id = :procurement"),
      new Table("intake/tier-changes.json", "every tier decision after the proposal", "SELECT * FROM tier_change" + BY_PROCUREMENT),
      new Table("review/checklist.json", "every checklist item with its decision, clause references and finding",
          "SELECT * FROM review_item" + BY_PROCUREMENT),
      new Table("review/consolidations.json", "each review round's consolidated outcome", "SELECT * FROM review_outcome" + BY_PROCUREMENT),
      new Table("review/accepted-risks.json", "gaps accepted as risks", "SELECT * FROM accepted_risk" + BY_PROCUREMENT),
      new Table("negotiation/rounds.json", "negotiation rounds", "SELECT * FROM negotiation_round" + BY_PROCUREMENT),
      new Table("negotiation/issues.json", "the issues list: every item put to the vendor and its answer",
          "SELECT * FROM negotiation_item" + BY_PROCUREMENT),
      new Table("negotiation/escalations.json", "escalations and their decisions", "SELECT * FROM negotiation_escalation" + BY_PROCUREMENT),
      new Table("negotiation/obligations.json", "what negotiation left us obliged to do",
          "SELECT * FROM negotiation_obligation" + BY_PROCUREMENT),
      new Table("signoff/sign-offs.json", "sign-off rounds", "SELECT * FROM sign_off" + BY_PROCUREMENT),
      new Table("signoff/answers.json", "the five answers of each sign-off",
          "SELECT * FROM sign_off_answer WHERE sign_off_id IN (SELECT id FROM sign_off WHERE procurement_id = :procurement) ORDER BY id"),
      new Table("signoff/decisions.json", "who decided each sign-off and how",
          "SELECT * FROM sign_off_decision WHERE sign_off_id IN (SELECT id FROM sign_off WHERE procurement_id = :procurement) ORDER BY id"),
      new Table("signoff/items.json", "the items each sign-off covered",
          "SELECT * FROM sign_off_item WHERE sign_off_id IN (SELECT id FROM sign_off WHERE procurement_id = :procurement) ORDER BY id"),
      new Table("register/contract.json", "the register entry as it stands (version = latest amendment)",
          "SELECT * FROM contract WHERE id = :contract"),
      new Table("register/vendor.json", "the vendor", "SELECT * FROM vendor WHERE id = (SELECT vendor_id FROM contract WHERE id = :contract)"),
      new Table("register/particulars.json", "the particulars recorded at registration",
          "SELECT * FROM contract_particulars WHERE procurement_id = :procurement"),
      new Table("register/obligations.json", "the vendor's obligations", "SELECT * FROM contract_obligation" + BY_CONTRACT),
      new Table("register/access-inventory.json", "the access inventory: API keys, SSO applications, service accounts, allow-list entries and integrations by name and owner group (never secrets), retired ones included",
          "SELECT * FROM contract_access_entry" + BY_CONTRACT),
      new Table("register/access-inventory-changes.json", "every change of the access inventory: who, when, why, before and after",
          "SELECT * FROM contract_access_change" + BY_CONTRACT),
      new Table("register/amendments.json", "every register version after the first: who, when, why, what changed",
          "SELECT * FROM contract_amendment WHERE contract_id = :contract ORDER BY version"),
      new Table("contractlife/renewal-reviews.json", "pre-renewal reviews", "SELECT * FROM renewal_review" + BY_CONTRACT),
      new Table("contractlife/renewal-assessments.json", "the assessments of each renewal review",
          "SELECT * FROM renewal_assessment WHERE review_id IN (SELECT id FROM renewal_review WHERE contract_id = :contract) ORDER BY id"),
      new Table("contractlife/evidence-requests.json", "audit evidence requested from the vendor", "SELECT * FROM evidence_request" + BY_CONTRACT),
      new Table("contractlife/evidence-records.json", "audit evidence received and checked", "SELECT * FROM audit_evidence" + BY_CONTRACT),
      new Table("contractlife/deletion-requests.json", "data deletion requests and certificates",
          "SELECT * FROM data_deletion_request" + BY_CONTRACT),
      new Table("contractlife/pilot-promotions.json", "pilot-to-production promotions", "SELECT * FROM pilot_promotion" + BY_CONTRACT),
      new Table("contractlife/pilot-promotion-items.json", "the items of each promotion",
          "SELECT * FROM pilot_promotion_item WHERE promotion_id IN (SELECT id FROM pilot_promotion WHERE contract_id = :contract) ORDER BY id"),
      new Table("notices/vendor-notices.json", "every vendor notice as received, with its signature check and deadlines",
          "SELECT * FROM vendor_notice" + BY_CONTRACT),
      new Table("notices/breaches.json", "recorded vendor breaches", "SELECT * FROM vendor_breach" + BY_CONTRACT),
      new Table("notices/security-incidents.json", "security incidents", "SELECT * FROM security_incident" + BY_CONTRACT),
      new Table("notices/security-incident-updates.json", "updates of each incident",
          "SELECT * FROM security_incident_update WHERE incident_id IN (SELECT id FROM security_incident WHERE contract_id = :contract) ORDER BY id"),
      new Table("notices/incident-corrective-actions.json", "corrective actions of each incident",
          "SELECT * FROM incident_corrective_action WHERE incident_id IN (SELECT id FROM security_incident WHERE contract_id = :contract) ORDER BY id"),
      new Table("notices/incident-regulatory-reports.json", "regulatory reports of each incident",
          "SELECT * FROM incident_regulatory_report WHERE incident_id IN (SELECT id FROM security_incident WHERE contract_id = :contract) ORDER BY id"),
      new Table("notices/sla-violations.json", "SLA violations", "SELECT * FROM sla_violation" + BY_CONTRACT),
      new Table("notices/harmful-output-reports.json", "harmful output reports", "SELECT * FROM harmful_output_report" + BY_CONTRACT),
      new Table("notices/vendor-changes.json", "vendor change notices", "SELECT * FROM vendor_change" + BY_CONTRACT),
      new Table("notices/vendor-change-assessments.json", "the assessment of each vendor change",
          "SELECT * FROM vendor_change_assessment WHERE change_id IN (SELECT id FROM vendor_change WHERE contract_id = :contract) ORDER BY id"),
      new Table("notices/service-changes.json", "service changes", "SELECT * FROM service_change" + BY_CONTRACT),
      new Table("exit/exits.json", "the exits: trigger, reason, dates, certificate, retention", "SELECT * FROM contract_exit" + BY_CONTRACT),
      new Table("exit/exit-steps.json", "every step of every exit with its owner, due date, state and evidence",
          "SELECT * FROM contract_exit_step WHERE exit_id IN (SELECT id FROM contract_exit WHERE contract_id = :contract) ORDER BY id"));
}
