/// What the nurse records to grade CRS and ICANS by the ASTCT 2019 consensus
/// (Lee et al., Biol Blood Marrow Transplant 2019;25:625–638).
public struct GradingInput: Codable, Equatable, Sendable {
  /// Hypotension and what it needed.
  public enum Hypotension: String, Codable, Sendable, CaseIterable {
    case none
    /// Not requiring vasopressors (fluids).
    case fluids
    /// One vasopressor, with or without vasopressin.
    case vasopressor
    /// Several vasopressors (excluding vasopressin).
    case vasopressors
  }

  /// Oxygen support for hypoxia.
  public enum Oxygen: String, Codable, Sendable, CaseIterable {
    case none
    /// Low-flow nasal cannula (≤ 6 L/min) or blow-by.
    case lowFlow = "low-flow"
    /// High-flow nasal cannula (> 6 L/min), facemask, non-rebreather or Venturi mask.
    case highFlow = "high-flow"
    /// CPAP, BiPAP, intubation and mechanical ventilation.
    case positivePressure = "positive-pressure"
  }

  /// Level of consciousness (ICANS).
  public enum Consciousness: String, Codable, Sendable, CaseIterable {
    /// Fully alert: contributes nothing.
    case alert
    /// Drowsy, awakens spontaneously (grade 1).
    case drowsy
    /// Awakens to voice (grade 2).
    case voice
    /// Awakens only to tactile stimulus (grade 3).
    case touch
    /// Unarousable or needs vigorous/repetitive tactile stimuli; stupor or coma (grade 4).
    case unarousable
  }

  /// Seizures (ICANS).
  public enum Seizure: String, Codable, Sendable, CaseIterable {
    case none
    /// Any clinical seizure that resolves rapidly (grade 3).
    case brief
    /// Non-convulsive seizures on EEG that resolve with intervention (grade 3).
    case eeg
    /// Life-threatening prolonged seizure (> 5 min) or repetitive seizures without return to
    /// baseline (grade 4).
    case prolonged
  }

  /// Motor findings (ICANS).
  public enum Motor: String, Codable, Sendable, CaseIterable {
    case none
    /// Deep focal motor weakness such as hemiparesis or paraparesis (grade 4).
    case weakness
  }

  /// Raised intracranial pressure / cerebral oedema (ICANS).
  public enum Edema: String, Codable, Sendable, CaseIterable {
    case none
    /// Focal/local oedema on neuroimaging (grade 3).
    case focal
    /// Diffuse cerebral oedema, posturing, cranial nerve VI palsy, papilloedema, Cushing's
    /// triad (grade 4).
    case diffuse
  }

  /// Highest temperature, °C; nil when not measured.
  public var temperature: Double?
  /// Antipyretic or anti-cytokine therapy already given: fever is then no longer required.
  public var masked: Bool
  public var hypotension: Hypotension
  public var oxygen: Oxygen
  /// ICE score 0–10; nil when not assessed.
  public var ice: Int?
  public var consciousness: Consciousness
  public var seizure: Seizure
  public var motor: Motor
  public var edema: Edema

  public init(
    temperature: Double? = nil, masked: Bool = false, hypotension: Hypotension = .none,
    oxygen: Oxygen = .none, ice: Int? = nil, consciousness: Consciousness = .alert,
    seizure: Seizure = .none, motor: Motor = .none, edema: Edema = .none
  ) {
    self.temperature = temperature
    self.masked = masked
    self.hypotension = hypotension
    self.oxygen = oxygen
    self.ice = ice
    self.consciousness = consciousness
    self.seizure = seizure
    self.motor = motor
    self.edema = edema
  }
}
