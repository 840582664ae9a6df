package org.llmprocurement.intake;

public enum DeploymentStage {
  PILOT,
  PRODUCTION
}
