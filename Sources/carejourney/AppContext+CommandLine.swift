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
  init(global: GlobalOptions) throws {
    let console = Console.current
    let environment = console.environment
    var clock = JourneyClock.system(timeZone: console.timeZone)
    if let fixed = environment["CAREJOURNEY_NOW"], !fixed.isEmpty {
      printError(
        "warning: CAREJOURNEY_NOW=\(fixed) fixes the clock (a setting for tests): everything is "
          + "dated with that moment; unset it to use the real time")
      guard let value = Timestamp.parse(fixed, localOffset: clock.localOffset) else {
        throw AppError("CAREJOURNEY_NOW=\(fixed) is not a date-time like 2026-11-22T08:15+01:00")
      }
      clock = .fixed(value, timeZone: console.timeZone)
    }
    // An empty --data would mean the default folder: the real journey, when a script meant a
    // test folder (`--data "$DIR"` with DIR unset).
    if global.data?.isEmpty == true {
      throw AppError(
        "--data is empty: give the folder, e.g. --data ~/carejourney-demo (leave --data out "
          + "for the default one)")
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
      printError("warning: who uses this computer could not be read (\(error)); it is asked again")
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
      warn: { printError("warning: " + $0) })
    languageOption = try AppContext.languageTag(global.lang, option: "--lang")
  }
}
