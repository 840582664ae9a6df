package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A contract life that ends between the check that it runs and the hand-over of the notice: the
 * sender gets the same 409 as for an ended contract, not a 500, and the transaction that stored the
 * notice rolls back (the exception leaves the transaction template).
 */
@Tag("unit")
class VendorNoticeHandOverTest {

  @Test
  void aContractLifeEndingDuringTheHandOverIsAConflictNotAServerError() throws Exception {
    VendorNoticeRepository repository = mock(VendorNoticeRepository.class);
    when(repository.findByVendorIdAndVendorNoticeId(any(), any())).thenReturn(Optional.empty());
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    ContractRegister register = mock(ContractRegister.class);
    Contract contract = mock(Contract.class);
    when(contract.getId()).thenReturn(7L);
    when(contract.getVendorId()).thenReturn(3L);
    when(contract.getBusinessKey()).thenReturn("LLMP-2026-00007");
    when(register.ofBusinessKey("LLMP-2026-00007")).thenReturn(Optional.of(contract));
    RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    when(runtime.createProcessInstanceQuery().processDefinitionKey(any()).processInstanceBusinessKey(any()).active().count())
        .thenReturn(1L);
    when(runtime.createMessageCorrelation(any()).processInstanceBusinessKey(any()).setVariables(any()).correlateWithResult())
        .thenThrow(new MismatchingMessageCorrelationException("no execution waits for VendorNoticeReceived"));
    VendorNotices notices = new VendorNotices(repository, register, runtime, mock(IdentityService.class),
        List.of(new Handler()), mock(PlatformTransactionManager.class));

    JsonNode payload = new ObjectMapper().readTree("{}");
    assertThatThrownBy(() -> notices.record(new VendorNotices.Submission(3L, "N-1", "LLMP-2026-00007",
        NoticeType.SERVICE_CHANGE, "SERVICE_CHANGE", null, payload, "{}", VendorNotice.SIGNATURE_VALID,
        VendorNotice.Source.API, null, null)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.problems()).containsExactly(
              "contract: LLMP-2026-00007 has no running contract life; its notices are no longer handled");
        });
  }

  /** A handler that accepts any payload. */
  private static final class Handler implements VendorNoticeHandler {
    @Override public NoticeType type() { return NoticeType.SERVICE_CHANGE; }
    @Override public String handlingProcess() { return "vendor-probe"; }
    @Override public String recordingProcess() { return "record-probe"; }
    @Override public List<String> problems(JsonNode payload, Contract contract) { return List.of(); }
    @Override public Set<String> processes() { return Set.of(); }
    @Override public Set<String> forms() { return Set.of(); }
    @Override public Set<Class<?>> guards() { return Set.of(); }
  }
}
