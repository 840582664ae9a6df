/**
 * The exit stage: the exit runbook ({@code contract-exit}) that freezes a contract, takes our data
 * back and verifies it, cuts over to the successor, revokes every access, obtains the vendor's
 * deletion certificate and closes the register entry with the record retained; and the full-record
 * export ({@code GET /api/contracts/{id}/export}): everything the product holds about one contract
 * as a streamed ZIP with a checksummed manifest. Reads earlier stages only through their public
 * classes and, where a stage has no public reader, through plain SELECTs of its tables.
 */
package org.llmprocurement.exit;
