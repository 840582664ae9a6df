package org.llmprocurement.contracts;

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
 * At start-up: IT may start {@code maintain-access-inventory} (Tasklist start form and
 * {@code /engine-rest}); every working group already reads it (the lifecycle's grants).
 */
@Component
class AccessInventoryGrants implements InitializingBean {

  private final AuthorizationService authorizations;

  AccessInventoryGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    Grants.grant(authorizations, Groups.IT, Resources.PROCESS_DEFINITION, AccessInventoryProcess.KEY,
        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    Grants.grant(authorizations, Groups.IT, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }
}
