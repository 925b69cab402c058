/// A centre's protocol: the milestone schedule, the symptom vocabulary and the red-flag rules.
///
/// Every number a clinician might change lives here, loaded from a commented TOML file
/// (`Resources/cd19-sle.toml` is the default), never in code.
///
/// ## Topics
/// - ``MilestoneRule``
/// - ``SymptomDefinition``
/// - ``RedFlagRule``
/// - ``LabDefinition``
/// - ``RemissionSettings``
public struct CareProtocol: Equatable, Sendable {
  /// Short name used on the command line and in `journey.jsonl` (`cd19-sle`).
  public var id: String
  /// The name shown to people, in the protocol's own language.
  public var name: String
  /// The name in other languages (`"name.de"` in the protocol file).
  public var translatedNames: [Language: String] = [:]
  /// Days in a "Month N" label and in `month = N` due dates (30 in the default protocol).
  public var daysPerMonth: Int
  /// From this day on, labels add the month: `Day +90 · Month 3`.
  public var monthLabelsFromDay: Int
  /// Days (relative to Day 0, inclusive) when a temperature is expected several times a day.
  public var acuteWindow: ClosedRange<Int>
  /// Local times of day for temperature checks inside the acute window, minutes after midnight.
  public var temperatureCheckMinutes: [Int]
  public var milestones: [MilestoneRule]
  public var symptoms: [SymptomDefinition]
  public var redFlags: [RedFlagRule]
  /// Laboratory values followed at visits (`carejourney visit --lab`).
  public var labs: [LabDefinition]
  /// DORIS 2021 cut-offs.
  public var remission: RemissionSettings
  /// The emergency numbers urgent alerts name, by region.
  public var emergency: EmergencySettings
  /// Minutes after which `remind` escalates an urgent alert nobody answered (15 by default).
  public var acknowledgeUrgentWithinMinutes: Int
  /// The disease the protocol treats (the FHIR export's `Condition`).
  public var condition: TreatedCondition
  /// The treating centre, as the visit report names it; nil when the protocol does not say.
  public var centre: String?

  public init(
    id: String, name: String, daysPerMonth: Int = 30, monthLabelsFromDay: Int = 90,
    acuteWindow: ClosedRange<Int> = -5...28, temperatureCheckMinutes: [Int] = [],
    milestones: [MilestoneRule] = [], symptoms: [SymptomDefinition] = [],
    redFlags: [RedFlagRule] = [], labs: [LabDefinition] = [],
    remission: RemissionSettings = RemissionSettings(),
    emergency: EmergencySettings = EmergencySettings(region: "", numbers: []),
    condition: TreatedCondition = TreatedCondition(label: "Systemic lupus erythematosus"),
    centre: String? = nil, acknowledgeUrgentWithinMinutes: Int = 15
  ) {
    self.id = id
    self.name = name
    self.daysPerMonth = daysPerMonth
    self.monthLabelsFromDay = monthLabelsFromDay
    self.acuteWindow = acuteWindow
    self.temperatureCheckMinutes = temperatureCheckMinutes
    self.milestones = milestones
    self.symptoms = symptoms
    self.redFlags = redFlags
    self.labs = labs
    self.remission = remission
    self.emergency = emergency
    self.acknowledgeUrgentWithinMinutes = acknowledgeUrgentWithinMinutes
    self.condition = condition
    self.centre = centre
  }

  /// The name in `language`; the protocol's own (``name``) when it has no translation.
  public func name(in language: Language) -> String { translatedNames[language] ?? name }

  /// The lab with this id (typed without regard to case), if the protocol follows it.
  public func lab(named name: String) -> LabDefinition? {
    let key = name.lowercased()
    return labs.first { $0.id == key }
  }
}
