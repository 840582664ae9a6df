package org.llmprocurement.notices;

/**
 * A notice request whose signature verified ({@link SignedNoticeFilter}): the vendor it proved to
 * come from, the signed timestamp (seconds since the epoch) and the body exactly as signed. Kept as a
 * request attribute; {@link VendorNoticeController} accepts nothing without it.
 */
record SignedNotice(long vendorId, long timestamp, byte[] body) {

  static final String ATTRIBUTE = SignedNotice.class.getName();
}
