/// One line of `journey.jsonl`: something that happened to the journey as a whole.
///
/// Events are never edited. A correction is a new event that points at the old one.
public struct JourneyEvent: Equatable, Sendable {
  /// What happened.
  public enum Body: Equatable, Sendable {
    /// The journey was started: screening began on the day the line was written, on a date
    /// given (`init --on`), or on a date nobody entered (a journey recorded part-way through);
    /// with the patient's date of birth, sex and identifiers when given.
    case created(
      patient: String, protocolID: String, teamPhone: String?, temperatureUnit: TemperatureUnit,
      began: JourneyStart = .dayRecorded, details: PatientDetails = PatientDetails())
    /// A date was planned for a phase; `plan infusion DATE` sets the planned Day 0.
    case planned(phase: Phase, date: LocalDate)
    /// The patient entered a phase on a date; nil when the date was not entered (a phase
    /// passed before the journey was recorded in CareJourney).
    case phaseEntered(phase: Phase, on: LocalDate?, reason: String?, note: String?)
    /// A milestone (an instance id such as `follow-up-visit-m6`) was signed off, or, for one the
    /// protocol makes conditional (`applies-if`), marked not applicable to this patient; with no
    /// date when it was marked done elsewhere before CareJourney, its date not known.
    case milestoneSigned(
      milestone: String, on: LocalDate?, note: String?, notApplicable: Bool = false)
    /// The team phone, the display unit, the emergency number, the patient's details, the
    /// patient's language or the care team's changed (languages as tags, `de`, `zh-Hans`); nil
    /// (or no identifier) leaves a setting as it was (``PatientDetails/updated(by:)``).
    case settings(
      teamPhone: String?, temperatureUnit: TemperatureUnit?, emergencyNumber: String? = nil,
      details: PatientDetails = PatientDetails(), language: String? = nil,
      teamLanguage: String? = nil)
    /// An earlier event was corrected: moved to another date, or struck out when `on` is nil.
    case corrected(target: String, reason: String, on: LocalDate?)
  }

  /// Unique id of the line.
  public var id: String
  /// When the line was written (the wall clock, with its offset).
  public var recordedAt: Timestamp
  public var author: Author
  public var body: Body
  /// The name of the device whose folder the line was read from ("Maria's laptop"), set by the
  /// reader once two devices have written; never stored in the line.
  public var device: String?

  public init(id: String, recordedAt: Timestamp, author: Author, body: Body) {
    self.id = id
    self.recordedAt = recordedAt
    self.author = author
    self.body = body
  }

  /// The word stored in the line's `type` field.
  public var type: String {
    switch body {
    case .created: "created"
    case .planned: "planned"
    case .phaseEntered: "phase-entered"
    case .milestoneSigned: "milestone-signed"
    case .settings: "settings"
    case .corrected: "corrected"
    }
  }

  /// The clinical date the event speaks of (not when it was typed); for an event whose date
  /// was not entered (``isUndated``), the day it was written, where the timeline lists it.
  public var date: LocalDate { enteredDate ?? recordedAt.date }

  /// The date given for the event: nil when none was entered.
  public var enteredDate: LocalDate? {
    switch body {
    case .created(_, _, _, _, let began, _):
      switch began {
      case .dayRecorded: recordedAt.date
      case .on(let date): date
      case .notEntered: nil
      }
    case .planned: recordedAt.date
    case .phaseEntered(_, let on, _, _): on
    case .milestoneSigned(_, let on, _, _): on
    case .settings, .corrected: recordedAt.date
    }
  }

  /// True when the event has no date of its own: a phase, a journey's start or a milestone
  /// recorded as having happened, its date not known.
  public var isUndated: Bool { enteredDate == nil }
}
