import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney ice`: records an ICE assessment, item by item, and shows its ICANS contribution.
struct IceCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("ice", CommandAbstract.ice, CommandHelp.ice)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.iceOrientation)) var orientation: Int

  @Option(help: .init(OptionHelp.iceNaming)) var naming: Int

  @Option(help: .init(OptionHelp.iceCommands)) var commands: Int

  @Option(help: .init(OptionHelp.iceWriting)) var writing: Int

  @Option(help: .init(OptionHelp.iceAttention)) var attention: Int

  @Option(help: .init(OptionHelp.iceSentence)) var sentence: String?

  @Flag(help: .init(OptionHelp.iceUnarousable)) var unarousable = false

  @Flag(help: .init(OptionHelp.iceJson)) var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let score = ICEScore(
      orientation: orientation, naming: naming, commands: commands, writing: writing,
      attention: attention, sentence: sentence)
    let ice = try context.recordICE(score, unarousable: unarousable)
    if json {
      output(try JSONOutput.string(ice.report))
    } else {
      (ice.saved.lines() + [ice.line]).forEach(say)
    }
  }
}
