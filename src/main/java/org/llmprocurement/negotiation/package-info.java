/**
 * Negotiation: redline rounds with the vendor over the gaps review found, fallback positions, vendor
 * answers, re-decision of changed items, and a manager's escalation decision (another round, narrow
 * the scope, accept risk, walk away). Depends on intake, catalogue and review; never on sign-off or
 * later stages.
 */
package org.llmprocurement.negotiation;
