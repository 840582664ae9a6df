package org.llmprocurement.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.llmprocurement.signoff.FiveAnswers;
import org.llmprocurement.signoff.SignOffs;

/**
 * What the register keeps of the signed sign-off round: the signers by function, the confirmed
 * answers to the five final questions, and the items settled other than by a plain MET clause
 * (waived, not applicable, accepted risk, or MET after a disputed finding) with who approved them.
 * Other MET items are left out: the obligations already list what their clauses commit the vendor to.
 *
 * @param round the sign-off round that signed
 * @param signedAt when the last function signed, engine clock
 * @param signers function to its signer
 * @param answers the five final answers as confirmed
 * @param settledOtherwise those items with their approvers
 */
record SignOffRecord(int round, Instant signedAt, Map<String, SignOffs.Signer> signers, FiveAnswers answers,
    List<SignOffs.ItemRecord> settledOtherwise) {

  static SignOffRecord of(SignOffs.Signed signed) {
    return new SignOffRecord(signed.round(), signed.signedAt(), signed.signers(), signed.answers(),
        signed.items().stream().filter(i -> !"MET".equals(i.settledAs()) || i.approvedBy() != null).toList());
  }
}
