/// One row of the timeline: a journey event or a logged entry, placed on its day.
public struct TimelineItem: Equatable, Sendable {
  /// What the row shows.
  public enum Kind: String, Codable, Sendable {
    case phase
    case plan
    case settings
    case milestone
    case correction
    case temperature
    case heartRate = "heart-rate"
    case bloodPressure = "blood-pressure"
    case spo2
    case weight
    case symptom
    case medication
    case medicationChange = "medication-change"
    case note
    case ice
    case grading
    case labs
    case assessment
    case started
    case acknowledgement
    case homeNeuroCheck = "home-neuro-check"

    /// The kind as a row's detail names it, in ``Language/current``; in English the word the
    /// files and the exports use (`heart-rate`).
    public var title: String {
      switch self {
      case .phase: tr("phase", context: "entry kind")
      case .plan: tr("plan", context: "entry kind")
      case .settings: tr("settings", context: "entry kind")
      case .milestone: tr("milestone", context: "entry kind")
      case .correction: tr("correction", context: "entry kind")
      case .temperature: tr("temperature", context: "entry kind")
      case .heartRate: tr("heart-rate", context: "entry kind")
      case .bloodPressure: tr("blood-pressure", context: "entry kind")
      case .spo2: tr("spo2", context: "entry kind")
      case .weight: tr("weight", context: "entry kind")
      case .symptom: tr("symptom", context: "entry kind")
      case .medication: tr("medication", context: "entry kind")
      case .medicationChange: tr("medication-change", context: "entry kind")
      case .note: tr("note", context: "entry kind")
      case .ice: tr("ice", context: "entry kind")
      case .grading: tr("grading", context: "entry kind")
      case .labs: tr("labs", context: "entry kind")
      case .assessment: tr("assessment", context: "entry kind")
      case .started: tr("started", context: "entry kind")
      case .acknowledgement: tr("acknowledgement", context: "entry kind")
      case .homeNeuroCheck: tr("home-neuro-check", context: "entry kind")
      }
    }
  }

  public var id: String
  public var date: LocalDate
  /// The local time for entries; nil for journey events, which are dated by day.
  public var time: Timestamp?
  public var day: StudyDay
  /// The phase the patient was in on that date.
  public var phase: Phase
  public var kind: Kind
  /// A sentence: `Temperature 38.4 °C`, `Entered hospital-stay`.
  public var text: String
  /// A measured value in its stored unit (°C for temperatures), when there is one.
  public var value: Double?
  public var unit: String?
  /// Severity 0–4 for symptoms.
  public var severity: Int?
  public var author: Author
  /// The computer it was written on ("Ana's laptop"), once two computers write to the journey.
  public var device: String?
  /// Struck through by a later correction (still shown).
  public var struckOut: Bool
  /// Why it was struck out or moved, when it was.
  public var correction: String?
  /// The day it was written, when that is after the day it describes: a late entry, marked
  /// "entered on" as a paper chart marks one.
  public var enteredOn: LocalDate?
  /// True when no date was entered for it (a phase passed before CareJourney, a milestone done
  /// elsewhere): ``date`` is then the day it was written, where it is listed.
  public var undated: Bool

  public init(
    id: String, date: LocalDate, time: Timestamp?, day: StudyDay, phase: Phase, kind: Kind,
    text: String, value: Double?, unit: String?, severity: Int?, author: Author, struckOut: Bool,
    correction: String?, enteredOn: LocalDate? = nil, undated: Bool = false, device: String? = nil
  ) {
    self.device = device
    self.id = id
    self.date = date
    self.time = time
    self.day = day
    self.phase = phase
    self.kind = kind
    self.text = text
    self.value = value
    self.unit = unit
    self.severity = severity
    self.author = author
    self.struckOut = struckOut
    self.correction = correction
    self.enteredOn = enteredOn
    self.undated = undated
  }

  /// `entered on 2026-12-03`, for a late entry; nil otherwise.
  public var lateEntryText: String? {
    enteredOn.map { tr("entered on %s", Language.current.numericDate($0)) }
  }

  /// The day written, for a line written on a later day than `date`; nil otherwise.
  public static func enteredOn(_ recordedAt: Timestamp, describing date: LocalDate) -> LocalDate? {
    recordedAt.date > date ? recordedAt.date : nil
  }
}
