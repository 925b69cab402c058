import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney devices`: the computers that write to this journey (through a sync tool).
struct DevicesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "devices",
      abstract: tr("List the computers that write to this journey, their names and newest line."),
      discussion: CommandHelp.devices)
  }

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(tr("Give this computer a name, shown beside the authors of what it writes."))
  )
  var deviceName: String?

  @Flag(help: ArgumentHelp(tr("Print a JSON array.")))
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    if let deviceName {
      let device = try context.renameDevice(to: deviceName)
      say(tr("This computer is now \"%1$s\" (device %2$s).", device.name, device.id))
    }
    let summaries = context.store.deviceSummaries()
    if json {
      output(try JSONOutput.string(summaries.map(DeviceRow.init)))
      return
    }
    guard !summaries.isEmpty else {
      say(tr("No computer has written to %s yet.", context.store.directory.root))
      return
    }
    for summary in summaries {
      let row = DeviceRow(summary)
      let who =
        summary.id == nil
        ? tr("this folder's own files (written before device folders, or restored)")
        : tr("%1$s · device %2$s", row.name ?? tr("(no name)"), row.id ?? "")
      let this = summary.isThisComputer ? " · " + tr("this computer") : ""
      let last = row.lastLine.map { tr("newest line %s", $0) } ?? tr("no line yet")
      let hosts =
        summary.hosts.count > 1
        ? " · "
          + tr(
            "WARNING: written by %1$s computers (%2$s); see `carejourney verify`",
            String(summary.hosts.count), summary.hosts.joined(separator: ", "))
        : ""
      let files = trn("%d day file", "%d day files", count: summary.dayFiles)
      say("\(who)\(this) · \(last) · \(files)\(hosts)")
    }
  }
}
