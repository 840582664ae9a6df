package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A user task's form handler that adds the values of its {@link org.llmprocurement.guard.TaskFormView}s
 * to the task's form data as form fields. The engine's {@code GetTaskFormVariablesCmd} (REST
 * {@code GET /task/{id}/form-variables}, which Tasklist's Camunda Forms read) puts every form field's
 * value first and only then the task's stored variables of other names, so a worked-out value is
 * what the form shows, and nothing is stored for it.
 *
 * <p>Engine internals: the task definition's form handler is the one place the engine asks for a
 * form's values; {@link GuardPlugin} wraps each user task's handler while the BPMN is parsed, and
 * the running command ({@code Context.getCommandInvocationContext()}) tells a read of the form's
 * variables from any other use of the form data.
 */
final class ComputedFormFields implements TaskFormHandler {

  private final TaskFormHandler engines;
  private final Function<DelegateTask, Map<String, Object>> views;

  /**
   * @param engines the handler the engine built for the task (its form key, its declared fields)
   * @param views the worked-out values of a task, name to value
   */
  ComputedFormFields(TaskFormHandler engines, Function<DelegateTask, Map<String, Object>> views) {
    this.engines = engines;
    this.views = views;
  }

  /**
   * The engine's form data; inside {@code GetTaskFormVariablesCmd} with one more field per
   * worked-out value. Other readers of a task's form get the engine's data unchanged: REST's
   * {@code GET /task/{id}/form} takes a task with fields and no form key for a generated form,
   * which a task bound by {@code camunda:formRef} would then wrongly become.
   */
  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData data = engines.createTaskForm(task);
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    if (invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd
        && data instanceof FormDataImpl writable) {
      List<FormField> fields = new ArrayList<>(data.getFormFields());
      views.apply(task).forEach((name, value) -> fields.add(field(name, typed(name, value))));
      writable.setFormFields(fields);
    }
    return data;
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    engines.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    engines.submitFormVariables(properties, variableScope);
  }

  /**
   * One worked-out value as the engine's own form field, of no declared type: the command reads only
   * a field's id and value.
   */
  private static FormField field(String name, TypedValue value) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(name);
    field.setLabel(name);
    field.setValue(value);
    return field;
  }

  /** A value as the engine's variable API types it. */
  static TypedValue typed(String name, Object value) {
    if (value == null) {
      return Variables.untypedNullValue();
    }
    if (value instanceof TypedValue typed) {
      return typed;
    }
    if (value instanceof String text) {
      return Variables.stringValue(text);
    }
    if (value instanceof Boolean flag) {
      return Variables.booleanValue(flag);
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number);
    }
    if (value instanceof Long number) {
      return Variables.longValue(number);
    }
    if (value instanceof Double number) {
      return Variables.doubleValue(number);
    }
    throw new IllegalArgumentException("form view value " + name + " is a " + value.getClass().getName()
        + "; a view gives strings, booleans, numbers or JSON values");
  }
}
