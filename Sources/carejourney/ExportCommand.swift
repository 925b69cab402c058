import ArgumentParser
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore

extension ExportFormat: ExpressibleByArgument {}

/// `carejourney export`: the journey in a format another program reads.
struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("export", CommandAbstract.export, CommandHelp.export)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.exportFormat)) var format: ExportFormat

  @Option(help: .init(OptionHelp.exportFrom)) var from: String?

  @Option(help: .init(OptionHelp.exportTo)) var to: String?

  @Option(help: .init(OptionHelp.exportOut)) var out: String?

  @Flag(help: .init(OptionHelp.exportForce)) var force = false

  @Flag(help: .init(OptionHelp.exportExcel)) var excel = false

  func validate() throws {
    if excel && format != .csv {
      throw ValidationError(tr("--excel is for csv only: leave it out, or export csv"))
    }
    if format == .json && (from != nil || to != nil) {
      throw ValidationError(JSONExport.rangeRefusal)
    }
  }

  func run() throws {
    let job = try ExportJob(
      try AppContext(global: global, languages: format == .html), format: format, from: from,
      to: to, out: out, replacing: force, excel: excel, languageTags: global.languageTags)
    let problems: [LineProblem]
    if let out {
      problems = try job.write(to: out, replacing: force)
    } else if !Console.current.outputIsTerminal, let outBytes = Console.current.outBytes {
      // A file or a pipe: the pieces as they are (a bundle's and a CSV's never made into
      // strings).
      problems = try job.streamBytes(outBytes)
    } else {
      // On a terminal, control and bidi characters show escaped, as every other output does
      // (an OSC 52 in a note would set the clipboard); JSON escapes control characters itself,
      // and on a terminal DEL, C1 and bidi too. The tests' buffers get the exact text.
      let terminal = Console.current.outputIsTerminal
      problems = try job.stream { piece in
        guard terminal else { return output(piece, terminator: "") }
        output(
          format == .json ? SafeText.jsonEscaped(piece) : SafeText.visibleLines(piece),
          terminator: "")
      }
    }
    job.finished(problems: problems, out: out).map(printError)
  }
}
