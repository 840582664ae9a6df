package org.llmprocurement.exit;

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
 * At start-up: procurement and the managers may start {@code contract-exit} by hand (Tasklist start
 * form, {@code /engine-rest}, {@code POST /api/contracts/{id}/exit}); every working group already
 * reads it (the lifecycle's grants). The deciding stages start it as system work.
 */
@Component
class ExitGrants implements InitializingBean {

  private final AuthorizationService authorizations;

  ExitGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    for (String group : new String[] {Groups.PROCUREMENT, Groups.MANAGERS}) {
      Grants.grant(authorizations, group, Resources.PROCESS_DEFINITION, ContractExitProcess.KEY,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      Grants.grant(authorizations, group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }
}
