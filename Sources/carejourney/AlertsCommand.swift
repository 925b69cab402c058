import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney alerts`: the alerts of the last days, open and answered, and `alerts ack` to
/// record what was done about one.
struct AlertsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "alerts",
    abstract: "List the alerts of the last 7 days, open and answered; record what was done.",
    discussion: CommandHelp.alerts,
    subcommands: [List.self, Ack.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the alerts, open ones and who answered the others.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array: id, alert, open, acknowledgedBy, acknowledgedAt, note.")
    var json = false

    func run() throws {
      let context = try AppContext(global: global)
      let (alerts, _) = try context.answeredAlerts()
      if json {
        output(try JSONOutput.string(alerts.map(AnsweredAlertReport.init)))
      } else if alerts.isEmpty {
        say("No alerts in the last \(RedFlags.openDays) days.")
      } else {
        alerts.flatMap(AnsweredAlertReport.lines).forEach(say)
      }
    }
  }

  struct Ack: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ack", abstract: "Record what was done about an alert.",
      discussion: CommandHelp.alertsAck)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The alert's id, as `carejourney alerts` and `remind` show it.")
    var id: String

    @Option(help: "What was done, e.g. \"called the team at 14:32, told to come in\".")
    var note: String

    func run() throws {
      let context = try AppContext(global: global)
      let saved = try context.acknowledge(alert: id, note: note)
      saved.lines().forEach(say)
    }
  }
}
