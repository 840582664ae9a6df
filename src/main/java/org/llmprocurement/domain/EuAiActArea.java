package org.llmprocurement.domain;

/** None, or the EU AI Act Annex III high-risk area the use case falls in. */
public enum EuAiActArea {
  NONE,
  BIOMETRICS,
  CRITICAL_INFRASTRUCTURE,
  EDUCATION,
  EMPLOYMENT,
  ESSENTIAL_SERVICES,
  LAW_ENFORCEMENT,
  MIGRATION,
  JUSTICE
}
