package org.llmprocurement.workspace;

import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.ProcurementAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portfolio page: every procurement the signed-in user may see. */
@Controller
class PortfolioController {

  private final ProcurementAccess access;
  private final IntakeService intake;

  PortfolioController(ProcurementAccess access, IntakeService intake) {
    this.access = access;
    this.intake = intake;
  }

  @GetMapping({"/app", "/app/"})
  String portfolio(Model model) {
    access.requireProductGroup();
    model.addAttribute("items", intake.search(null, null, 0, 20).getContent());
    return "workspace/portfolio";
  }
}
