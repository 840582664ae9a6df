package org.llmprocurement.domain;

public enum DeploymentStage {
  PILOT,
  PRODUCTION
}
