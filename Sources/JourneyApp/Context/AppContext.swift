import Foundation
import JourneyCore
import JourneyStore

/// One run against one data directory: the store, the clock, new ids, who writes, this
/// computer's settings folder, and where warnings go. The command line and the screens build
/// one; tests build one over a temporary folder with a fixed clock.
public struct AppContext: Sendable {
  /// The moment this run began: what a command dates its lines with.
  public let now: Timestamp
  public let clock: JourneyClock
  public let ids: IDSource
  /// The program's environment (the home folder, theme variables).
  public let environment: [String: String]
  public let store: JourneyStore
  /// Who writes: `--role`/`--name`, else the person remembered on this computer, else (for the
  /// patient) the patient's name, else the login name
  /// (``KeyboardPerson/author(role:name:remembered:patient:login:)``).
  public let author: Author
  /// This computer's settings folder (who uses it), outside the data directory.
  public let config: ConfigFolder
  /// The person remembered on this computer, if any (nil too when the file is damaged).
  public let remembered: KeyboardPerson?
  /// `--role` and `--name` as given for this run.
  public let role: Role?
  public let name: String?
  /// Where a warning goes (standard error for the command line).
  public let warn: @Sendable (String) -> Void
  /// `--lang` as given for this run (checked by ``languages(for:)``).
  public var languageOption: String?

  /// The time zone's offset at a local date and time.
  public var localOffset: @Sendable (LocalDate, Int) -> Int { clock.localOffset }
  public var today: LocalDate { now.date }

  /// A run over `store`, reading the time from `clock` and ids from `ids`.
  public init(
    store: JourneyStore, clock: JourneyClock, ids: IDSource = .random,
    environment: [String: String] = [:], config: ConfigFolder, remembered: KeyboardPerson?,
    role: Role? = nil, name: String? = nil, warn: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.now = clock.now()
    self.clock = clock
    self.ids = ids
    self.environment = environment
    self.store = store
    self.config = config
    self.remembered = remembered
    self.role = role
    self.name = name
    self.warn = warn
    author = AppContext.author(
      role: role, name: name, remembered: remembered, environment: environment
    ) {
      guard store.hasJourney, let events = try? store.readEvents().events else { return nil }
      return Journey(events: events).patient
    }
  }

  /// Who writes for `role` and `name`, the person remembered, and the patient's name when it
  /// comes to that (`patient` is called only then).
  static func author(
    role: Role?, name: String?, remembered: KeyboardPerson?, environment: [String: String],
    patient: () -> String?
  ) -> Author {
    let login = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    return KeyboardPerson.author(
      role: role, name: name, remembered: remembered?.author, patient: patient, login: login)
  }

  /// The author for a journey about to start for `patient` (`init`): the patient's name stands
  /// in for the login name.
  public func author(startingFor patient: String) -> Author {
    AppContext.author(role: role, name: name, remembered: remembered, environment: environment) {
      patient
    }
  }

  /// The time now: the clock, which moves on (the screens), unlike ``now``.
  public func currentTime() -> Timestamp { clock.now() }

  /// A new unique line id.
  public func newID() -> String { ids.next() }
}
