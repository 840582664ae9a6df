package org.llmprocurement.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every refused API call: what went wrong, and each problem by name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiProblem(int status, String error, String message, List<String> problems) {}
