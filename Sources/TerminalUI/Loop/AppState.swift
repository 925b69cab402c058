import JourneyCore

/// Everything the screens need to draw a frame; changed only by `reduce`.
public struct AppState: Equatable, Sendable {
  /// The screens, in Tab order.
  public enum Screen: String, CaseIterable, Sendable {
    case today, timeline, milestones, trends, help, start

    public var title: String {
      switch self {
      case .today: "Today"
      case .timeline: "Timeline"
      case .milestones: "Milestones"
      case .trends: "Trends"
      case .help: "Help"
      case .start: "Start"
      }
    }

    /// The screens Tab cycles through when a journey exists.
    static let tabs: [Screen] = [.today, .timeline, .milestones, .trends]
  }

  /// A line of text being typed, with what it is for.
  public struct Input: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
      case temperature, note, medication
      case search, jump
      /// The name of the person signing a milestone, or marking a conditional one not
      /// applicable.
      case signerName(milestone: String, notApplicable: Bool = false)
      /// The day a milestone from before CareJourney was done, to sign it with its real date.
      case signedOn(milestone: String)
      /// The signer of a milestone from before CareJourney: done on `on`, or (nil) done
      /// elsewhere, its date not known.
      case signerBefore(milestone: String, on: LocalDate?)
      case reason(phase: Phase)
      case startName, startPhaseDate, startInfusion, startPhone
      /// The patient's date of birth, sex, and each hospital or trial number (SYSTEM|VALUE).
      case startBorn, startSex, startIdentifier
      /// The name of the person at the keyboard, once their role is chosen.
      case personName(Role)
      case exportFormat
    }
    public var purpose: Purpose
    /// What has been typed; changed only by ``type(_:limit:)`` and ``deleteLast()`` so that
    /// ``length`` stays right.
    public private(set) var text: String
    public var prompt: String
    /// The text's length as ``TextLimits`` counts it, kept as keys arrive: a 1 MB paste
    /// comes one key at a time, and counting the whole line for each would be quadratic.
    public private(set) var length: Int

    public init(_ purpose: Purpose, prompt: String, text: String = "") {
      self.purpose = purpose
      self.prompt = prompt
      self.text = text
      length = TextLimits.length(text)
    }

    /// Adds a typed character; false (and nothing added) when it would pass `limit`.
    public mutating func type(_ character: Character, limit: Int) -> Bool {
      let added = character.unicodeScalars.count
      guard length + added <= limit else { return false }
      text.append(character)
      length += added
      return true
    }

    /// Removes the last character, if any.
    public mutating func deleteLast() {
      guard let last = text.popLast() else { return }
      length -= last.unicodeScalars.count
    }
  }

  /// A message under the banner: what just happened, or what went wrong.
  public struct Notice: Equatable, Sendable {
    /// `info` (✓ done), `error` (✗ not done, and why), `question` (? the app asks something).
    public enum Kind: Equatable, Sendable { case info, error, question }
    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
      self.kind = kind
      self.text = text
    }
  }

  public var screen: Screen
  /// The screen to go back to from Help.
  public var previous: Screen = .today
  public var author: Author
  public var readOnly: Bool
  /// Nil while there is no journey (the Start screen).
  public var data: JourneyData?
  public var views = DerivedViews()
  public var input: Input?
  public var notice: Notice?
  public var quitting = false
  /// The time now, as the loop's ticks bring it (the data carries its own once there is a
  /// journey); the Start screen checks the dates typed against it.
  public var clock = Timestamp(date: LocalDate(daysSinceEpoch: 0), secondOfDay: 0, utcOffset: 0)

  // Today
  /// The symptom picker's selected row, while it is open.
  public var pickerRow: Int?
  /// The severity being chosen in the picker, 0–4.
  public var pickerSeverity = 1

  // Timeline
  public var newestFirst = true
  public var filter: TimelineFilter = .all
  public var search = ""
  public var timelineRow = 0

  // Milestones
  public var milestoneRow = 0
  /// The milestones from before CareJourney, listed one by one (else one line counts them).
  public var beforeOpen = false
  /// Choosing the phase to advance to: the index into the allowed transitions.
  public var advancePicker: Int?
  public var form: NurseForm?

  // Help
  /// The first help line shown (PgUp/PgDn scroll).
  public var helpRow = 0

  // Trends
  public var trendDays = 30
  /// The lab shown on Trends (a protocol lab id); nil for temperatures and symptoms.
  public var trendLab: String?

  // Start
  /// The new-journey questions answered so far, while they are asked.
  public var startForm: StartForm?

  // Who is at the keyboard
  /// Choosing who is at the keyboard: the selected row of ``Role/allCases``.
  public var personPicker: Int?
  /// Nobody is remembered on this computer yet: ask once, as soon as there is a journey.
  public var askPerson = false

  /// The screen each role starts on: the patient's Today, the caregiver's Timeline, the nurse's
  /// Milestones.
  public static func firstScreen(for role: Role) -> Screen {
    switch role {
    case .patient: .today
    case .caregiver: .timeline
    case .nurse: .milestones
    }
  }

  /// The state the screens open in; with `askPerson`, they first ask who is at the keyboard
  /// (on the Start screen, the new journey's questions ask it).
  public init(
    author: Author, readOnly: Bool, data: JourneyData?, askPerson: Bool = false,
    now: Timestamp? = nil
  ) {
    self.author = author
    if let now = now ?? data?.now { clock = now }
    self.readOnly = readOnly
    self.data = data
    self.askPerson = askPerson
    if let data { views = DerivedViews(data) }
    screen = data == nil ? .start : AppState.firstScreen(for: author.role)
    // The nurse starts on the first milestone that still needs signing.
    milestoneRow = MilestonesScreen.listing(self).firstIndex { $0.needsSigning } ?? 0
    TimelineScreen.syncListing(&self)
    PersonPicker.askIfNeeded(&self)
  }
}

/// Which timeline rows to show.
public enum TimelineFilter: String, CaseIterable, Sendable {
  case all, fever, symptoms, milestones, alerts

  public var title: String {
    switch self {
    case .all: "all"
    case .fever: "temperatures"
    case .symptoms: "symptoms"
    case .milestones: "phases & milestones"
    case .alerts: "alerts"
    }
  }
}

/// The nurse's forms: the ICE score, the ASTCT grading and the SLEDAI-2K.
public enum NurseForm: Equatable, Sendable {
  /// Ten ICE items, each 0 or 1, with the focused item.
  case ice(items: [Int], focus: Int)
  /// The grading inputs with the focused field; the temperature as typed.
  case grading(GradingInput, temperature: String, focus: Int)
  /// SLEDAI-2K descriptors and the DORIS inputs.
  case sledai(SledaiForm)
}
