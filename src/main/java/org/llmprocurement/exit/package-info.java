/**
 * The exit stage: what a contract's end needs. So far the full-record export
 * ({@code GET /api/contracts/{id}/export}): everything the product holds about one contract as a
 * streamed ZIP with a checksummed manifest. Reads earlier stages only through their public classes
 * and, where a stage has no public reader, through plain SELECTs of its tables.
 */
package org.llmprocurement.exit;
