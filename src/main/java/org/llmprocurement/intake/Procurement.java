package org.llmprocurement.intake;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One procurement request: its intake and its risk tier, keyed by the business key. */
@Entity
@Table(name = "procurement")
public class Procurement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200)
  private String vendor;

  @Column(nullable = false, length = 200)
  private String product;

  @Column(name = "use_case", nullable = false, length = 4000)
  private String useCase;

  @Column(nullable = false, length = 100)
  private String requester;

  @Column(name = "submitted_by", nullable = false, length = 100)
  private String submittedBy;

  @Column(name = "business_owner", nullable = false, length = 200)
  private String businessOwner;

  @Column(name = "technical_owner", nullable = false, length = 200)
  private String technicalOwner;

  @Convert(converter = EnumListConverter.Surfaces.class)
  @Column(nullable = false, length = 500)
  private List<Surface> surfaces;

  @Column(name = "customer_facing", nullable = false)
  private boolean customerFacing;

  @Column(name = "regulated_data", nullable = false)
  private boolean regulatedData;

  @Convert(converter = EnumListConverter.DataCategories.class)
  @Column(name = "data_categories", nullable = false, length = 500)
  private List<DataCategory> dataCategories;

  @Column(name = "automated_decisions", nullable = false)
  private boolean automatedDecisions;

  @Enumerated(EnumType.STRING)
  @Column(name = "eu_ai_act_area", nullable = false, length = 40)
  private EuAiActArea euAiActHighRiskArea;

  @Enumerated(EnumType.STRING)
  @Column(name = "deployment_stage", nullable = false, length = 20)
  private DeploymentStage deploymentStage;

  @Convert(converter = EnumListConverter.Regions.class)
  @Column(name = "allowed_regions", nullable = false, length = 500)
  private List<Region> allowedRegions;

  @Column(name = "expected_users", nullable = false)
  private int expectedUsers;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_tier", length = 20)
  private RiskTier proposedTier;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_tier", length = 20)
  private RiskTier riskTier;

  @Column(name = "tier_confirmed_by", length = 100)
  private String tierConfirmedBy;

  @Column(name = "tier_confirmed_at")
  private Instant tierConfirmedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "catalogue_version", length = 40)
  private String catalogueVersion;

  @Column(name = "thresholds_version", length = 80)
  private String thresholdsVersion;

  /** The register entry (contract id) this use case runs under, named at intake; {@code null} for a new contract. */
  @Column(name = "existing_contract_id")
  private Long existingContractId;

  protected Procurement() {}

  Procurement(IntakeForm form, String submittedBy, String processInstanceId, Instant now) {
    this.businessKey = "PENDING-" + java.util.UUID.randomUUID().toString().replace("-", "");
    this.processInstanceId = processInstanceId;
    this.title = form.title();
    this.vendor = form.vendor();
    this.product = form.product();
    this.useCase = form.useCase();
    this.requester = form.requester();
    this.submittedBy = submittedBy;
    this.businessOwner = form.businessOwner();
    this.technicalOwner = form.technicalOwner();
    this.surfaces = form.surfaces();
    this.customerFacing = form.customerFacing();
    this.regulatedData = form.regulatedData();
    this.dataCategories = form.dataCategories();
    this.automatedDecisions = form.automatedDecisions();
    this.euAiActHighRiskArea = form.euAiActHighRiskArea();
    this.deploymentStage = form.deploymentStage();
    this.allowedRegions = form.allowedRegions();
    this.expectedUsers = form.expectedUsers();
    this.existingContractId = form.existingContractId();
    this.createdAt = now;
  }

  void assignBusinessKey(int year) {
    this.businessKey = String.format("LLMP-%d-%05d", year, id);
  }

  void propose(RiskTier tier) {
    this.proposedTier = tier;
    this.riskTier = tier;
  }

  void confirm(RiskTier tier, String userId, Instant at) {
    this.riskTier = tier;
    this.tierConfirmedBy = userId;
    this.tierConfirmedAt = at;
  }

  /** Pins the catalogue and threshold versions the review of this procurement uses. */
  void pinVersions(String catalogueVersion, String thresholdsVersion) {
    this.catalogueVersion = catalogueVersion;
    this.thresholdsVersion = thresholdsVersion;
  }

  /** A manager narrowed the scope during negotiation; the tier follows from the tier decision. */
  void narrow(List<Surface> surfaces, List<Region> allowedRegions, int expectedUsers, DeploymentStage stage,
      RiskTier tier, String userId, Instant at) {
    this.surfaces = List.copyOf(surfaces);
    this.allowedRegions = List.copyOf(allowedRegions);
    this.expectedUsers = expectedUsers;
    this.deploymentStage = stage;
    this.riskTier = tier;
    this.tierConfirmedBy = userId;
    this.tierConfirmedAt = at;
  }

  /**
   * The facts the risk-tier decision ({@code processes/risk-tier.dmn}) reads, from the stored
   * intake as it stands now (the same names and values the start event puts on the process).
   */
  public java.util.Map<String, Object> tierFacts() {
    java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("euAiActHighRiskArea", euAiActHighRiskArea.name());
    facts.put("sensitiveData", dataCategories.contains(DataCategory.SPECIAL_CATEGORY) || dataCategories.contains(DataCategory.HEALTH));
    facts.put("personalOrFinancialData", dataCategories.contains(DataCategory.PERSONAL) || dataCategories.contains(DataCategory.FINANCIAL));
    facts.put("publicDataOnly", dataCategories.stream().allMatch(DataCategory.PUBLIC::equals));
    facts.put("automatedDecisions", automatedDecisions);
    facts.put("customerFacing", customerFacing);
    facts.put("regulatedData", regulatedData);
    facts.put("deploymentStage", deploymentStage.name());
    return facts;
  }

  void changeScope(List<Surface> surfaces, List<Region> allowedRegions) {
    this.surfaces = List.copyOf(surfaces);
    this.allowedRegions = List.copyOf(allowedRegions);
  }

  public Long getId() { return id; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTitle() { return title; }
  public String getVendor() { return vendor; }
  public String getProduct() { return product; }
  public String getUseCase() { return useCase; }
  public String getRequester() { return requester; }
  public String getSubmittedBy() { return submittedBy; }
  public String getBusinessOwner() { return businessOwner; }
  public String getTechnicalOwner() { return technicalOwner; }
  public List<Surface> getSurfaces() { return surfaces; }
  public boolean isCustomerFacing() { return customerFacing; }
  public boolean isRegulatedData() { return regulatedData; }
  public List<DataCategory> getDataCategories() { return dataCategories; }
  public boolean isAutomatedDecisions() { return automatedDecisions; }
  public EuAiActArea getEuAiActHighRiskArea() { return euAiActHighRiskArea; }
  public DeploymentStage getDeploymentStage() { return deploymentStage; }
  public List<Region> getAllowedRegions() { return allowedRegions; }
  public int getExpectedUsers() { return expectedUsers; }
  public RiskTier getProposedTier() { return proposedTier; }
  public RiskTier getRiskTier() { return riskTier; }
  public String getTierConfirmedBy() { return tierConfirmedBy; }
  public Instant getTierConfirmedAt() { return tierConfirmedAt; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCatalogueVersion() { return catalogueVersion; }
  public String getThresholdsVersion() { return thresholdsVersion; }

  /** True when the user asked for or submitted this procurement (segregation of duties). */
  public boolean isRequestedBy(String userId) {
    return userId != null && (userId.equals(requester) || userId.equals(submittedBy));
  }

  /** The register entry this use case runs under (named at intake), or {@code null}: see the field. */
  public Long getExistingContractId() {
    return existingContractId;
  }
}
