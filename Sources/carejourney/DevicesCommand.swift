import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney devices`: the computers that write to this journey (through a sync tool).
struct DevicesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("devices", CommandAbstract.devices, CommandHelp.devices)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.devicesDeviceName)) var deviceName: String?

  @Flag(help: .init(OptionHelp.devicesJson)) var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let (said, summaries) = try context.devices(renamingTo: deviceName)
    said.forEach(say)
    if json {
      output(try JSONOutput.string(summaries.map(DeviceRow.init)))
    } else {
      context.deviceLines(summaries).forEach(say)
    }
  }
}
