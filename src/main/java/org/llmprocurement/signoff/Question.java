package org.llmprocurement.signoff;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five final questions every contract must answer concretely before it is signed, each owned
 * by the function that confirms or corrects its prefilled answer in its sign-off task. Ownership
 * follows the catalogue where one function owns the area (service levels and support: IT; data
 * residency: data governance; incident notice: security) and gives each function one question:
 * audit rights are contractual rights, so legal confirms them; the vendor's duty to fix (root
 * cause, corrective plan, remedies) is what procurement enforces commercially.
 */
public enum Question {
  /** Each surface in scope in each region: availability, p95/p99 latency, Sev1-3 response and resolution. */
  Q1("it", "What does the SLA cover?"),
  /** Evidence types, cadence, on-site or third-party audit rights. */
  Q2("legal", "What can we audit?"),
  /** Per data type: storage and processing regions, and where support staff may access it. */
  Q3("data-governance", "Where does our data go?"),
  /** Notice hours for suspected and confirmed incidents, update interval. */
  Q4("security", "How quickly will we know about an incident?"),
  /** Root-cause and corrective-plan deadlines (business days) and the remedies. */
  Q5("procurement", "What must the vendor do to fix it?");

  private final String owner;
  private final String title;

  Question(String owner, String title) {
    this.owner = owner;
    this.title = title;
  }

  /** The function (group id) that confirms the answer. */
  public String owner() {
    return owner;
  }

  public String title() {
    return title;
  }

  /** The question a function owns; every sign-off function owns exactly one. */
  public static Optional<Question> ownedBy(String function) {
    return Arrays.stream(values()).filter(q -> q.owner.equals(function)).findFirst();
  }
}
