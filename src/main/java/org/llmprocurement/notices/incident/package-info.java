/**
 * Vendor security incidents (notice type SECURITY_INCIDENT): the handler, the incident tracking
 * process {@code vendor-security-incident} with its contracted clocks (late notice, update
 * interval, root-cause and corrective-action-plan deadlines in business days) and our own
 * regulatory reporting clocks (GDPR, DORA, EU AI Act) from {@code regulatory-reporting-deadlines.dmn}.
 */
package org.llmprocurement.notices.incident;
