import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney alerts`: the alerts of the last days, open and answered, and `alerts ack` to
/// record what was done about one.
struct AlertsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init(
      "alerts", CommandAbstract.alerts, CommandHelp.alerts, subcommands: [List.self, Ack.self],
      defaultSubcommand: List.self)
  }

  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      .init("list", CommandAbstract.alertsList)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: .init(OptionHelp.alertsListJson)) var json = false

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
      .init("ack", CommandAbstract.alertsAck, CommandHelp.alertsAck)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: .init(OptionHelp.alertsAckId)) var id: String

    @Option(help: .init(OptionHelp.alertsAckNote)) var note: String

    func run() throws {
      let context = try AppContext(global: global)
      let saved = try context.acknowledge(alert: id, note: note)
      saved.lines().forEach(say)
    }
  }
}
