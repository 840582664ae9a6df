package org.llmprocurement.catalogue;

/** A category of data that may flow through an LLM service. */
public enum DataCategory {
  PERSONAL,
  SPECIAL_CATEGORY,
  HEALTH,
  FINANCIAL,
  SOURCE_CODE,
  CONFIDENTIAL_BUSINESS,
  PUBLIC
}
