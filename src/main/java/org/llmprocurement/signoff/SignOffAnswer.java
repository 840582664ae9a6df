package org.llmprocurement.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored answer to one final question in one round: JSON of its structured values. */
@Entity
@Table(name = "sign_off_answer")
class SignOffAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sign_off_id", nullable = false)
  private Long signOffId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Question question;

  @Column(name = "owner_function", nullable = false, length = 40)
  private String ownerFunction;

  @Column(nullable = false, length = 100000)
  private String answer;

  @Column(length = 4000)
  private String sources;

  @Column(name = "confirmed_by", length = 100)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected SignOffAnswer() {}

  SignOffAnswer(long signOffId, Question question, String answer, String sources) {
    this.signOffId = signOffId;
    this.question = question;
    this.ownerFunction = question.owner();
    this.answer = answer;
    this.sources = sources;
  }

  void confirm(String answer, String userId, Instant at) {
    this.answer = answer;
    this.confirmedBy = userId;
    this.confirmedAt = at;
  }

  Question getQuestion() { return question; }
  String getOwnerFunction() { return ownerFunction; }
  String getAnswer() { return answer; }
  String getSources() { return sources; }
  String getConfirmedBy() { return confirmedBy; }
  Instant getConfirmedAt() { return confirmedAt; }
}
