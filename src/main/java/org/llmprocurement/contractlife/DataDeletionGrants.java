package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.llmprocurement.identity.Grants;
import org.llmprocurement.identity.Groups;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up: data governance may start {@code data-deletion-request} (Tasklist start form and
 * {@code /engine-rest}); every working group already reads it (the lifecycle's grants).
 */
@Component
class DataDeletionGrants implements InitializingBean {

  private final AuthorizationService authorizations;

  DataDeletionGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    Grants.grant(authorizations, Groups.DATA_GOVERNANCE, Resources.PROCESS_DEFINITION, DataDeletionProcess.KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    Grants.grant(authorizations, Groups.DATA_GOVERNANCE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }
}
