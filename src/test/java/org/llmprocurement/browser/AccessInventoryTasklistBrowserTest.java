package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.contracts.AccessInventory;
import org.llmprocurement.contracts.AccessKind;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractAccessEntry;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IT keeps a contract's access inventory in Tasklist, in headless Chromium: an API key pasted as
 * the name is refused (and not shown back), nothing is written; with its name instead the entry is
 * recorded.
 */
@Tag("browser")
class AccessInventoryTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  AccessInventory inventory;

  @Test
  void aPastedKeyIsRefusedThenTheKeyIsRecordedByName() {
    long contractId = registered("Browser Inventory Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    Contract contract = register.find(contractId).orElseThrow();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-it");

    FormJs start = tasklist.startProcess("Maintain access inventory").withKeysFrom("forms/maintain-access-inventory-start.form");
    start.fill("contract", contract.getBusinessKey())
        .radio("change", "Add an entry")
        .select("kind", "API key")
        .select("ownerGroup", "IT")
        .select("environment", "Production")
        .fill("name", "sk-proj-4fJd9s8KqLm2Xv7Bn3Rt5Yw1Zc6Ha0Pe")
        .fill("reason", "The support bot goes live in production");
    tasklist.clickDialogButton("Start");
    tasklist.waitForDialogError("name: looks like a secret value (an API key of the form 'sk-…')");
    assertThat(inventory.allEntries(contractId)).isEmpty();

    start.fill("name", "prod-support-bot");
    tasklist.clickDialogButton("Start").waitForDialogClosed();

    ContractAccessEntry entry = inventory.entries(contractId).get(0);
    assertThat(entry.getKind()).isEqualTo(AccessKind.API_KEY);
    assertThat(entry.getName()).isEqualTo("prod-support-bot");
    assertThat(entry.getOwnerGroup()).isEqualTo("it");
    assertThat(entry.getCreatedBy()).isEqualTo("demo-it");
  }
}
