package org.llmprocurement.contracts;

/** Where an access inventory entry is used. */
public enum AccessEnvironment {
  PRODUCTION,
  STAGING,
  DEVELOPMENT,
  TEST,
  /** One entry used by every environment. */
  ALL
}
