package org.llmprocurement.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from the workspace into the Camunda webapps (paths on this server): a task in Tasklist, a
 * process instance in Cockpit. Usable in templates as {@code @workspaceLinks.task(id)}.
 */
@org.springframework.stereotype.Component("workspaceLinks")
public class WorkspaceLinks {

  public static final String TASKLIST = "/camunda/app/tasklist/default/";
  public static final String COCKPIT = "/camunda/app/cockpit/default/";

  /** Tasklist with the task open: {@code /camunda/app/tasklist/default/#/?task=<id>}. */
  public String task(String taskId) {
    return TASKLIST + "#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  /** Cockpit's page of the process instance. */
  public String processInstance(String processInstanceId) {
    return COCKPIT + "#/process-instance/" + URLEncoder.encode(processInstanceId, StandardCharsets.UTF_8);
  }
}
