import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sledai`: SLEDAI-2K, clinical SLEDAI, DORIS and drug-free remission for a visit.
struct SledaiCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("sledai", CommandAbstract.sledai, CommandHelp.sledai)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.sledaiDescriptor)) var descriptor: [String] = []

  @Option(help: .init(OptionHelp.sledaiPga)) var pga: Double?

  @Option(help: .init(OptionHelp.sledaiPrednisolone)) var prednisolone: Double?

  @Option(help: .init(OptionHelp.sledaiImmunosuppressant)) var immunosuppressant: [String] = []

  @Flag(help: .init(OptionHelp.sledaiRecord)) var record = false

  @Flag(help: .init(OptionHelp.sledaiExclusionsChecked)) var exclusionsChecked = false

  @Flag(help: .init(OptionHelp.sledaiJson)) var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let sledai = try context.sledai(
      descriptors: descriptor, pga: pga, prednisolone: prednisolone,
      immunosuppressants: immunosuppressant, record: record, exclusionsChecked: exclusionsChecked)
    if json {
      output(try JSONOutput.string(sledai.report))
    } else {
      ((sledai.saved?.lines() ?? []) + sledai.lines).forEach(say)
    }
  }
}
