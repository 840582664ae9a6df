package org.llmprocurement.domain;

/** Kinds of data that will flow through the service. */
public enum DataCategory {
  PERSONAL,
  SPECIAL_CATEGORY,
  HEALTH,
  FINANCIAL,
  SOURCE_CODE,
  CONFIDENTIAL_BUSINESS,
  PUBLIC
}
