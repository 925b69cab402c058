/// When to tell the patient to call, and how urgently. Never a diagnosis: it names what was
/// seen; the alert adds whom to call and what to do if they cannot be reached.
///
/// A rule is judged by the study day of the entry (Day 0 planned or actual, and the days phases
/// began or were planned to begin), never by the phase the journey happens to have recorded, and
/// it stays on after the journey is completed or withdrawn unless its window ends.
public struct RedFlagRule: Equatable, Sendable {
  /// How soon to call.
  public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
    /// Call the emergency number first, then the CAR-T team.
    case emergency
    /// Call the CAR-T team now.
    case urgent
    /// Call the team today.
    case callToday = "call-today"
    /// For information; no call needed.
    case info

    var rank: Int {
      switch self {
      case .emergency: 0
      case .urgent: 1
      case .callToday: 2
      case .info: 3
      }
    }

    /// Emergency and urgent: a call now, with the emergency number beside it.
    public var isUrgent: Bool { self <= .urgent }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
  }

  /// What the rule looks for.
  public enum Condition: Equatable, Sendable {
    /// A reading inside bounds (`temperature` at least 38.0; `heart-rate` 111 to below 131).
    case measure(Measure, ReadingBounds)
    /// One of the named symptoms (or any symptom when `names` is empty) at or above a severity.
    case symptom(names: [String], minSeverity: Int)
    /// No reading of the measure logged on the day by this local time (minutes after midnight).
    case missing(Measure, byMinute: Int)
    /// A visit lab value (the protocol's lab id, `igg`) meeting a test; thresholds are in the
    /// lab's protocol unit.
    case lab(String, LabTest)
    /// A home neuro check (``HomeNeuroCheck``) with an answer worse than the patient's first
    /// check in the rule's window (``HomeNeuroCheck/worse(than:)``); a sentence that looks
    /// changed from how the patient usually writes, always. The rule's window is also the days
    /// the check is offered (``CareProtocol/homeNeuroCheckRule``).
    case homeNeuroCheck

    /// A reading at or above a value.
    public static func atLeast(_ measure: Measure, _ value: Double) -> Condition {
      .measure(measure, ReadingBounds(atLeast: value))
    }

    /// A reading below a value.
    public static func below(_ measure: Measure, _ value: Double) -> Condition {
      .measure(measure, ReadingBounds(below: value))
    }
  }

  /// What a lab rule looks for in a visit value, compared where needed with the same lab's
  /// earlier values (struck-out entries left out, corrections by their replacement values).
  public enum LabTest: Equatable, Sendable {
    /// The value is at or below the threshold (`igg` at-most 400 mg/dL).
    case atMost(Double)
    /// The value is below the threshold (`neutrophils` below 500/µL).
    case below(Double)
    /// The value is at least the first bound and below the second (`platelets` 20 to below 50).
    case band(atLeast: Double, below: Double)
    /// The value is at least (100 + percent) % of the first recorded value of the lab
    /// (`creatinine` 50: 150 % of the first). Never fires on the first value.
    case riseFromFirstPercent(Double)
    /// The value is higher than the previous value of the lab (any rise).
    case rising
    /// The value rose from the previous one by at least `percent` % of it and by at least
    /// `step` (in the lab's unit): a rise that matters, not noise (`upcr`).
    case risingBy(percent: Double, step: Double)
    /// The value is above the threshold while the previous value was at or below it: the first
    /// visit a count is back (`cd19-b-cells`). Fires again only after another fall.
    case returnedAbove(Double)
  }

  /// A reading of a measure taken within some hours of a medicine that can hide it: a normal
  /// temperature after paracetamol, ibuprofen or a steroid.
  public struct Masking: Equatable, Sendable {
    /// Words that name the medicines, matched in what was logged with `--med` (`paracetamol`).
    public var medicines: [String]
    /// How many hours before the reading a dose counts.
    public var withinHours: Int

    public init(medicines: [String], withinHours: Int) {
      self.medicines = medicines
      self.withinHours = withinHours
    }
  }

  public var id: String
  public var level: Level
  public var condition: Condition
  /// The days it applies on.
  public var window: RuleWindow
  /// For a symptom rule: it fires only when the same symptom has been logged, at the rule's
  /// severity or more, on days at least this many days apart with no "none" logged between.
  public var persistingDays: Int?
  /// For a measure rule: it fires only when one of these medicines was logged in the hours
  /// before the reading.
  public var masking: Masking?
  /// What was seen, in words, e.g. "Temperature of 38.0 °C (100.4 °F) or more."
  public var message: String
  /// The message in other languages (`"message.de"` in the protocol file).
  public var translatedMessages: [Language: String] = [:]
  /// Where the rule comes from, for the reader of the file and the README's table.
  public var source: String?

  public init(
    id: String, level: Level, condition: Condition, window: RuleWindow = RuleWindow(),
    persistingDays: Int? = nil, masking: Masking? = nil, message: String, source: String? = nil
  ) {
    self.id = id
    self.level = level
    self.condition = condition
    self.window = window
    self.persistingDays = persistingDays
    self.masking = masking
    self.message = message
    self.source = source
  }

  /// The message in `language`; the protocol's own (``message``) when it has no translation.
  public func message(in language: Language) -> String {
    translatedMessages[language] ?? message
  }
}
