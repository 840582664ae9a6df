package org.llmprocurement.engine;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reads (and, for completions, empties) engine-internal command fields. The engine offers no public
 * API for inspecting a command before it runs; every field used here is checked once at start-up by
 * {@link #verify()} so an engine upgrade that renames one stops the application instead of silently
 * switching the guards off.
 */
final class EngineCommands {

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field START_FORM_DEFINITION_ID = field(SubmitStartFormCmd.class, "processDefinitionId");
  private static final Field START_FORM_VARIABLES = field(SubmitStartFormCmd.class, "variables");
  private static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");
  private static final Field START_AT_BUILDER = field(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
  private static final Field SET_VARIABLES = field(AbstractSetVariableCmd.class, "variables");
  private static final Field FILTER_EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field CLAIM_TASK_ID = field(ClaimTaskCmd.class, "taskId");
  private static final Field CLAIM_USER_ID = field(ClaimTaskCmd.class, "userId");
  private static final Field TASK_PROPERTY_TASK_ID = field(AbstractSetTaskPropertyCmd.class, "taskId");
  private static final Field IDENTITY_LINK_USER_ID = field(AbstractAddIdentityLinkCmd.class, "userId");
  private static final Field COMMENT_TASK_ID = field(AddCommentCmd.class, "taskId");
  private static final Field COMMENT_MESSAGE = field(AddCommentCmd.class, "message");
  private static final Field ATTACHMENT_TASK_ID = field(CreateAttachmentCmd.class, "taskId");
  private static final Field ATTACHMENT_URL = field(CreateAttachmentCmd.class, "url");
  private static final Field ATTACHMENT_CONTENT = field(CreateAttachmentCmd.class, "content");

  private EngineCommands() {}

  /** Fails at start-up when the engine's command classes no longer have the fields the guards read. */
  static void verify() {
    // the static initialiser has resolved every field when this runs
  }

  static String taskId(Object command) {
    return (String) get(command instanceof CompleteTaskCmd ? COMPLETE_TASK_ID : SUBMIT_TASK_ID, command);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> taskVariables(Object command) {
    return (Map<String, Object>)
        get(command instanceof CompleteTaskCmd ? COMPLETE_VARIABLES : SUBMIT_PROPERTIES, command);
  }

  /** Replaces what a completion would write into the process with nothing. */
  static void clearTaskVariables(Object command) {
    set(command instanceof CompleteTaskCmd ? COMPLETE_VARIABLES : SUBMIT_PROPERTIES, command, Variables.createVariables());
  }

  static String startFormDefinitionId(SubmitStartFormCmd command) {
    return (String) get(START_FORM_DEFINITION_ID, command);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> startFormVariables(SubmitStartFormCmd command) {
    return (Map<String, Object>) get(START_FORM_VARIABLES, command);
  }

  static ProcessInstantiationBuilderImpl builder(Object command) {
    return (ProcessInstantiationBuilderImpl)
        get(command instanceof StartProcessInstanceCmd ? START_BUILDER : START_AT_BUILDER, command);
  }

  @SuppressWarnings("unchecked")
  static Map<String, ?> setVariables(AbstractSetVariableCmd command) {
    return (Map<String, ?>) get(SET_VARIABLES, command);
  }

  static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    return (Query<?, ?>) get(FILTER_EXTENDING_QUERY, command);
  }

  static String claimTaskId(ClaimTaskCmd command) {
    return (String) get(CLAIM_TASK_ID, command);
  }

  static String claimUserId(ClaimTaskCmd command) {
    return (String) get(CLAIM_USER_ID, command);
  }

  static String assignTaskId(AssignTaskCmd command) {
    return (String) get(TASK_PROPERTY_TASK_ID, command);
  }

  static String assignee(AssignTaskCmd command) {
    return (String) get(IDENTITY_LINK_USER_ID, command);
  }

  static String commentTaskId(AddCommentCmd command) {
    return (String) get(COMMENT_TASK_ID, command);
  }

  static String commentMessage(AddCommentCmd command) {
    return (String) get(COMMENT_MESSAGE, command);
  }

  static String attachmentTaskId(CreateAttachmentCmd command) {
    return (String) get(ATTACHMENT_TASK_ID, command);
  }

  static String attachmentUrl(CreateAttachmentCmd command) {
    return (String) get(ATTACHMENT_URL, command);
  }

  static java.io.InputStream attachmentContent(CreateAttachmentCmd command) {
    return (java.io.InputStream) get(ATTACHMENT_CONTENT, command);
  }

  /** Replaces the attachment's content stream (after the guard has read and measured it). */
  static void attachmentContent(CreateAttachmentCmd command, java.io.InputStream content) {
    set(ATTACHMENT_CONTENT, command, content);
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          "Camunda engine upgrade: " + type.getName() + " has no field '" + name
              + "' any more; the completion and start guards must be adapted before this engine runs",
          e);
    }
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
