/**
 * Vendor notices (issue 9): what the vendor tells us after signature (a model or subprocessor
 * change, a region move, a security incident, an SLA violation, the end of the service) and what our
 * own teams report (harmful output), stored as received, checked against the register and handled
 * by a process per notice type called from the contract life. Handlers live in sub-packages and
 * register with {@link org.llmprocurement.notices.VendorNoticeHandler}.
 */
package org.llmprocurement.notices;
