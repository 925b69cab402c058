import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

extension AppContext {
  /// The context of one command: the clock, the environment and the data directory of this
  /// process (``Console/current``), and `--data`, `--role` and `--name`.
  ///
  /// `CAREJOURNEY_NOW` (an ISO 8601 date-time with offset) replaces the clock: the tests and the
  /// benchmark use it so that nothing depends on the machine's clock or time zone. Whenever it
  /// is set, every run says so on standard error: a shell left with it exported would date
  /// every entry with one moment.
  ///
  /// `--lang` names one language; `languages` lets it name several (`export html --lang de,en`).
  init(global: GlobalOptions, languages: Bool = false) throws {
    let console = Console.current
    let environment = console.environment
    var clock = JourneyClock.system(timeZone: console.timeZone)
    if let fixed = environment["CAREJOURNEY_NOW"], !fixed.isEmpty {
      printError(
        tr("warning:") + " "
          + tr(
            "CAREJOURNEY_NOW=%s fixes the clock (a setting for tests): everything is dated with "
              + "that moment; unset it to use the real time", fixed))
      guard let value = Timestamp.parse(fixed, localOffset: clock.localOffset) else {
        throw AppError(
          tr("CAREJOURNEY_NOW=%s is not a date-time like 2026-11-22T08:15+01:00", fixed))
      }
      clock = .fixed(value, timeZone: console.timeZone)
    }
    // An empty --data would mean the default folder: the real journey, when a script meant a
    // test folder (`--data "$DIR"` with DIR unset).
    if global.data?.isEmpty == true {
      throw AppError(
        tr(
          "--data is empty: give the folder, e.g. --data ~/carejourney-demo (leave --data out "
            + "for the default one)"))
    }
    let directory = DataDirectory.resolve(
      option: global.data, environment: environment, currentDirectory: console.currentDirectory)
    try TextLimits.check(names: ["--name": global.name])
    let config = ConfigFolder.resolve(
      environment: environment, currentDirectory: console.currentDirectory)
    var remembered: KeyboardPerson?
    do {
      remembered = try config.person()
    } catch {
      printError(
        tr("warning:") + " "
          + tr("who uses this computer could not be read (%s); it is asked again", "\(error)"))
    }
    let state = StateFolder.resolve(
      environment: environment, currentDirectory: console.currentDirectory)
    let user = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    let device = DeviceSource(
      state: state, defaultName: Device.defaultName(user: user, host: Device.thisHost))
    self.init(
      store: JourneyStore(directory: directory, deviceSource: device), clock: clock,
      environment: environment,
      config: config, remembered: remembered, role: global.role, name: global.name,
      warn: { printError(tr("warning:") + " " + $0) })
    let tags = global.languageTags
    if tags.count > 1 && !languages {
      throw AppError(
        tr(
          "--lang %s names more than one language: give one (two are for export html)",
          global.lang ?? ""))
    }
    languageOption = try AppContext.languageTag(tags.first, option: "--lang")
  }
}
