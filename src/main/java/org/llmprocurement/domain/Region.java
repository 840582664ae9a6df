package org.llmprocurement.domain;

/** Regions where the vendor may store and process our data. */
public enum Region {
  EU,
  EEA,
  UK,
  CH,
  US,
  CA,
  APAC,
  LATAM,
  MEA
}
