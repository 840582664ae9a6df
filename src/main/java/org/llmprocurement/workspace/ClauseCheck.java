package org.llmprocurement.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.clauses.ClauseAnalysisService;
import org.llmprocurement.clauses.ClauseJudge;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The procurement page's clause check: a reviewer pastes a clause for one checklist item and sees
 * the clause analysis at the procurement's tier (verdict, weak phrases, figures against the bar)
 * before deciding. No rules of its own: the request is checked here, the judging is
 * {@link ClauseJudge#judgeFor}, the same analysis the review applies to every MET clause.
 */
@Service
public class ClauseCheck {

  /** The fields a check takes: the item code (requirement id) and the clause text. */
  public static final List<String> FIELDS = List.of("requirementId", "text");

  private final ClauseJudge judge;
  private final CatalogueService catalogue;

  ClauseCheck(ClauseJudge judge, CatalogueService catalogue) {
    this.judge = judge;
    this.catalogue = catalogue;
  }

  /** A checked request: the requirement and the clause. */
  public record Request(Requirement requirement, String text) {}

  /**
   * The request's problems, each "field: message", or the request. Fields other than
   * {@link #FIELDS} are refused, except those starting with "_" (the form's CSRF field).
   */
  public Validated validate(Map<String, ?> fields) {
    List<String> problems = new ArrayList<>();
    new TreeSet<>(fields.keySet()).stream().filter(name -> !FIELDS.contains(name) && !name.startsWith("_"))
        .forEach(name -> problems.add(name + ": is not a field of a clause check (fields: requirementId, text)"));
    String id = text(fields.get("requirementId"));
    Requirement requirement = null;
    if (id == null) {
      problems.add("requirementId: is required (the checklist item, e.g. INC-NOTICE-01)");
    } else {
      requirement = catalogue.requirement(id).orElse(null);
      if (requirement == null) {
        problems.add("requirementId: unknown item '" + shorten(id) + "'");
      }
    }
    String text = text(fields.get("text"));
    if (text == null) {
      problems.add("text: is required (the clause as written)");
    } else if (text.length() > ClauseAnalysisService.MAX_TEXT_LENGTH) {
      problems.add("text: must be at most " + ClauseAnalysisService.MAX_TEXT_LENGTH + " characters");
    }
    return problems.isEmpty() ? new Validated(new Request(requirement, text), List.of()) : new Validated(null, problems);
  }

  /** Either a request or the problems. */
  public record Validated(Request request, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * The clause analysis of the clause against the item at the procurement's tier.
   *
   * @throws ApiException 400 naming every problem of the request; 409 while the procurement's tier
   *     is not confirmed (there is no bar to measure against yet)
   */
  public ClauseJudge.Judgement check(Procurement procurement, Map<String, ?> fields) {
    Validated validated = validate(fields);
    if (!validated.valid()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid clause check", validated.problems());
    }
    if (procurement.getRiskTier() == null) {
      throw new ApiException(HttpStatus.CONFLICT, "The risk tier of " + procurement.getBusinessKey()
          + " is not confirmed yet; clauses are checked against the confirmed tier's bar");
    }
    return judge.judgeFor(procurement, validated.request().requirement(), validated.request().text());
  }

  private static String text(Object value) {
    Object single = value instanceof List<?> list ? (list.size() == 1 ? list.get(0) : (list.isEmpty() ? null : String.join(",",
        list.stream().map(String::valueOf).toList()))) : value;
    return Optional.ofNullable(single).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\p{Cntrl}", "?");
    return line.length() > 60 ? line.substring(0, 60) + "..." : line;
  }
}
