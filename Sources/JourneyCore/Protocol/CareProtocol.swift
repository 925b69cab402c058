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
  /// The name shown to people.
  public var name: String
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

  /// The lab with this id (typed without regard to case), if the protocol follows it.
  public func lab(named name: String) -> LabDefinition? {
    let key = name.lowercased()
    return labs.first { $0.id == key }
  }
}

/// Who may sign a milestone off.
public enum Signer: String, Codable, Sendable, CaseIterable {
  /// Only someone working with `--role nurse`.
  case nurse
  /// The patient, the caregiver or the nurse.
  case anyone
}

/// One milestone of the schedule, as the protocol file states it.
public struct MilestoneRule: Equatable, Sendable {
  /// What a due date is counted from.
  public enum Anchor: Equatable, Sendable {
    /// Day 0: the infusion date (actual, else planned).
    case dayZero
    /// The day a phase starts: the day it was entered, else its planned date.
    case phaseStart(Phase)
  }

  /// Stable id, used by `carejourney sign ID` (`flu-day-minus-5`).
  public var id: String
  /// The phase it is listed under on the Milestones screen.
  public var phase: Phase
  public var title: String
  /// The title in other languages (`"title.de"` in the protocol file).
  public var translatedTitles: [Language: String] = [:]
  public var anchor: Anchor
  /// Days after the anchor (negative: before).
  public var offsetDays: Int
  /// When set, the milestone comes back every so many days after the first (`follow-up visit`).
  public var repeatEveryDays: Int?
  /// Last offset (same anchor) a repeat may fall on; nil repeats for as long as the journey lasts.
  public var repeatUntilDays: Int?
  public var signer: Signer
  /// Where the rule comes from, for the reader of the file (`EBMT 2024 Table 5`).
  public var source: String?
  /// For a milestone that applies to some patients only, the condition in words (`lupus with
  /// CNS involvement`); the nurse marks it not applicable when the condition does not hold.
  public var appliesIf: String?

  public init(
    id: String, phase: Phase, title: String, anchor: Anchor, offsetDays: Int,
    repeatEveryDays: Int? = nil, repeatUntilDays: Int? = nil, signer: Signer,
    source: String? = nil, appliesIf: String? = nil
  ) {
    self.id = id
    self.phase = phase
    self.title = title
    self.anchor = anchor
    self.offsetDays = offsetDays
    self.repeatEveryDays = repeatEveryDays
    self.repeatUntilDays = repeatUntilDays
    self.signer = signer
    self.source = source
    self.appliesIf = appliesIf
  }

  /// The title in `language`; the protocol's own (``title``) when it has no translation.
  public func title(in language: Language) -> String { translatedTitles[language] ?? title }
}

/// A symptom the patient may log, with where its name comes from.
public struct SymptomDefinition: Equatable, Sendable {
  /// The vocabulary a symptom belongs to; shown so nobody mistakes a custom item for PRO-CTCAE.
  public enum Group: String, Codable, Sendable, CaseIterable {
    /// An NCI PRO-CTCAE item.
    case proCTCAE = "pro-ctcae"
    /// A lupus sign from patient materials (not PRO-CTCAE).
    case lupus
    /// A CAR-T neurological sign PRO-CTCAE lacks (confusion, tremor, ...).
    case neurological
    /// Anything else a centre adds.
    case other
  }

  /// The name typed after `--symptom` (`chills`, `word-finding`).
  public var id: String
  public var label: String
  /// The label in other languages (`"label.zh-Hans"` in the protocol file).
  public var translatedLabels: [Language: String] = [:]
  public var group: Group
  /// Other names that mean the same (`shortness-of-breath` for `breathlessness`).
  public var aliases: [String]

  public init(id: String, label: String, group: Group, aliases: [String] = []) {
    self.id = id
    self.label = label
    self.group = group
    self.aliases = aliases
  }

  /// The label in `language`; the protocol's own (``label``) when it has no translation.
  public func label(in language: Language) -> String { translatedLabels[language] ?? label }
}

/// A measured value a red-flag rule can look at.
public enum Measure: String, Codable, Sendable, CaseIterable {
  /// Body temperature in °C.
  case temperature
  /// Beats per minute.
  case heartRate = "heart-rate"
  /// Systolic blood pressure, mmHg.
  case systolic
  /// Diastolic blood pressure, mmHg.
  case diastolic
  /// Oxygen saturation, %.
  case spo2
  /// Body weight, kg.
  case weight
}
