import JourneyCore

/// Everything the screens need to draw a frame; changed only by `reduce`.
public struct AppState: Equatable, Sendable {
  /// The screens, in Tab order.
  public enum Screen: String, CaseIterable, Sendable {
    case today, timeline, milestones, trends, help, start

    public var title: String {
      switch self {
      case .today: tr("Today", context: "screen")
      case .timeline: tr("Timeline", context: "screen")
      case .milestones: tr("Milestones", context: "screen")
      case .trends: tr("Trends", context: "screen")
      case .help: tr("Help", context: "screen")
      case .start: tr("Start", context: "screen")
      }
    }

    /// The screens Tab cycles through when a journey exists.
    static let tabs: [Screen] = [.today, .timeline, .milestones, .trends]
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
  public var author: Author
  public var readOnly: Bool
  /// True when the window is read-only because this computer cannot write to the data folder
  /// (a receive-only copy), not because of `--read-only`: a refused key says which.
  public var folderReadOnly = false
  /// Nil while there is no journey (the Start screen).
  public var data: JourneyData?
  public var views = DerivedViews()
  /// The form, picker or prompt open over the screen, if any: one at a time, closed by setting
  /// it to nil. It stays while Help is open over it.
  public var mode: Mode?
  public var notice: Notice?
  /// What runs in the background (an export), shown under the notice until it ends.
  public var progress: String?
  public var quitting = false
  /// The time now, as the loop's ticks bring it (the data carries its own once there is a
  /// journey); the Start screen checks the dates typed against it.
  public var clock = Timestamp(date: LocalDate(daysSinceEpoch: 0), secondOfDay: 0, utcOffset: 0)
  /// Nobody is remembered on this computer yet: ask once, as soon as there is a journey.
  public var askPerson = false
  /// Accessible frames (``AccessibleMode``): text only, charts as sentences, the notice at the
  /// bottom.
  public var accessible = false

  // What each screen keeps while another is shown.
  public var timeline = TimelineScreen.State()
  public var milestones = MilestonesScreen.State()
  public var trends = TrendsScreen.State()
  public var help = HelpScreen.State()

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
    milestones.row = MilestonesScreen.listing(self).firstIndex { $0.needsSigning } ?? 0
    TimelineScreen.syncListing(&self)
    PersonPicker.askIfNeeded(&self)
  }
}
