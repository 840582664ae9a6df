package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;

/** Cuts a role's review items into task-sized packages and finds the items of one package. */
@Component
public class ReviewPackaging {

  /** At most this many rows in one review task; areas are never split across tasks. */
  static final int MAX_ROWS_PER_TASK = 10;

  private final ReviewItemRepository items;
  private final PinnedVersions pinned;
  private final IntakeService intake;

  ReviewPackaging(ReviewItemRepository items, PinnedVersions pinned, IntakeService intake) {
    this.items = items;
    this.pinned = pinned;
    this.intake = intake;
  }

  /**
   * The role's open items cut into packages: whole areas in catalogue order, at most
   * {@link #MAX_ROWS_PER_TASK} rows unless one area alone has more.
   */
  public List<ReviewPackage> packages(long procurementId, String role) {
    Map<String, Long> perArea = items.findByProcurementIdAndOwnerRoleOrderByIdAsc(procurementId, role).stream()
        .filter(i -> i.getStatus() == ReviewStatus.OPEN)
        .collect(Collectors.groupingBy(ReviewItem::getArea, LinkedHashMap::new, Collectors.counting()));
    Catalogue catalogue = pinned.catalogueOf(intake.get(procurementId));
    List<String> areaOrder = catalogue.areas().stream().map(a -> a.key()).filter(perArea::containsKey).toList();
    List<ReviewPackage> packages = new ArrayList<>();
    List<String> current = new ArrayList<>();
    long rows = 0;
    for (String area : areaOrder) {
      long n = perArea.get(area);
      if (!current.isEmpty() && rows + n > MAX_ROWS_PER_TASK) {
        packages.add(new ReviewPackage(current));
        current = new ArrayList<>();
        rows = 0;
      }
      current.add(area);
      rows += n;
    }
    if (!current.isEmpty()) {
      packages.add(new ReviewPackage(current));
    }
    return packages;
  }

  /** "Security controls, Security incident notice": the package's area titles. */
  public String title(long procurementId, ReviewPackage reviewPackage) {
    Catalogue catalogue = pinned.catalogueOf(intake.get(procurementId));
    return reviewPackage.areas().stream().map(key -> catalogue.area(key).map(a -> a.title()).orElse(key))
        .collect(Collectors.joining(", "));
  }

  /** Items of the package in the current review round, in catalogue order. */
  public List<ReviewItem> itemsOf(long procurementId, String role, ReviewPackage reviewPackage) {
    return itemsOf(procurementId, role, reviewPackage, items.findByProcurementIdOrderByIdAsc(procurementId));
  }

  /**
   * Items of the package in the current review round, in catalogue order, from the procurement's
   * items read earlier in the same transaction.
   *
   * @param everything all the procurement's review items (every round and role)
   */
  public List<ReviewItem> itemsOf(long procurementId, String role, ReviewPackage reviewPackage, Collection<ReviewItem> everything) {
    int round = everything.stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1);
    Procurement procurement = intake.get(procurementId);
    List<String> order = pinned.catalogueOf(procurement).requirements().stream().map(Requirement::id).toList();
    return everything.stream()
        .filter(i -> role.equals(i.getOwnerRole()) && i.getReviewRound() == round && reviewPackage.covers(i.getArea()))
        .sorted((a, b) -> Integer.compare(order.indexOf(a.getRequirementId()), order.indexOf(b.getRequirementId())))
        .toList();
  }
}
