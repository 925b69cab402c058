/// One line of `journey.jsonl`: something that happened to the journey as a whole.
///
/// Events are never edited. A correction is a new event that points at the old one.
public struct JourneyEvent: Equatable, Sendable {
  /// What happened.
  public enum Body: Equatable, Sendable {
    /// The journey was started.
    case created(
      patient: String, protocolID: String, teamPhone: String?, temperatureUnit: TemperatureUnit)
    /// A date was planned for a phase; `plan infusion DATE` sets the planned Day 0.
    case planned(phase: Phase, date: LocalDate)
    /// The patient entered a phase on a date.
    case phaseEntered(phase: Phase, on: LocalDate, reason: String?, note: String?)
    /// A milestone (an instance id such as `follow-up-visit-m6`) was signed off, or, for one the
    /// protocol makes conditional (`applies-if`), marked not applicable to this patient.
    case milestoneSigned(
      milestone: String, on: LocalDate, note: String?, notApplicable: Bool = false)
    /// The team phone, the display unit or the emergency number changed; nil leaves a setting
    /// as it was.
    case settings(
      teamPhone: String?, temperatureUnit: TemperatureUnit?, emergencyNumber: String? = nil)
    /// An earlier event was corrected: moved to another date, or struck out when `on` is nil.
    case corrected(target: String, reason: String, on: LocalDate?)
  }

  /// Unique id of the line.
  public var id: String
  /// When the line was written (the wall clock, with its offset).
  public var recordedAt: Timestamp
  public var author: Author
  public var body: Body

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

  /// The clinical date the event speaks of (not when it was typed).
  public var date: LocalDate {
    switch body {
    case .created: recordedAt.date
    case .planned: recordedAt.date
    case .phaseEntered(_, let on, _, _): on
    case .milestoneSigned(_, let on, _, _): on
    case .settings, .corrected: recordedAt.date
    }
  }
}
