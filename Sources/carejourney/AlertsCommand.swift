import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney alerts`: the alerts of the last days, open and answered, and `alerts ack` to
/// record what was done about one.
struct AlertsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "alerts",
      abstract: tr("List the alerts of the last 7 days, open and answered; record what was done."),
      discussion: CommandHelp.alerts,
      subcommands: [List.self, Ack.self], defaultSubcommand: List.self)
  }

  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "list", abstract: tr("List the alerts, open ones and who answered the others.")
      )
    }

    @OptionGroup var global: GlobalOptions

    @Flag(
      help: ArgumentHelp(
        tr("Print a JSON array: id, alert, open, acknowledgedBy, acknowledgedAt, note.")))
    var json = false

    func run() throws {
      let context = try AppContext(global: global)
      let (alerts, _) = try context.answeredAlerts()
      if json {
        output(try JSONOutput.string(alerts.map(AnsweredAlertReport.init)))
      } else if alerts.isEmpty {
        say(tr("No alerts in the last %s days.", String(RedFlags.openDays)))
      } else {
        alerts.flatMap(AnsweredAlertReport.lines).forEach(say)
      }
    }
  }

  struct Ack: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "ack", abstract: tr("Record what was done about an alert."),
        discussion: CommandHelp.alertsAck)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp(tr("The alert's id, as `carejourney alerts` and `remind` show it.")))
    var id: String

    @Option(
      help: ArgumentHelp(tr("What was done, e.g. \"called the team at 14:32, told to come in\".")))
    var note: String

    func run() throws {
      let context = try AppContext(global: global)
      let saved = try context.acknowledge(alert: id, note: note)
      saved.lines().forEach(say)
    }
  }
}
