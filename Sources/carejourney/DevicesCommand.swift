import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney devices`: the computers that write to this journey (through a sync tool).
struct DevicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devices",
    abstract: "List the computers that write to this journey, their names and newest line.",
    discussion: CommandHelp.devices)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Give this computer a name, shown beside the authors of what it writes.")
  var deviceName: String?

  @Flag(help: "Print a JSON array.")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    if let deviceName {
      let device = try context.renameDevice(to: deviceName)
      say("This computer is now \"\(device.name)\" (device \(device.id)).")
    }
    let summaries = context.store.deviceSummaries()
    if json {
      output(try JSONOutput.string(summaries.map(DeviceRow.init)))
      return
    }
    guard !summaries.isEmpty else {
      say("No computer has written to \(context.store.directory.root) yet.")
      return
    }
    for summary in summaries {
      let row = DeviceRow(summary)
      let who =
        summary.id == nil
        ? "this folder's own files (written before device folders, or restored)"
        : "\(row.name ?? "(no name)") · device \(row.id ?? "")"
      let this = summary.isThisComputer ? " · this computer" : ""
      let last = row.lastLine.map { "newest line \($0)" } ?? "no line yet"
      let hosts =
        summary.hosts.count > 1
        ? " · WARNING: written by \(summary.hosts.count) computers (\(summary.hosts.joined(separator: ", "))); see `carejourney verify`"
        : ""
      say("\(who)\(this) · \(last) · \(summary.dayFiles) day files\(hosts)")
    }
  }
}
