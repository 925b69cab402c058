import Foundation
import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a command reads from its process and where its output goes: the real environment,
/// time zone and standard streams in the program; buffers in the in-process tests, which run
/// the same commands with ``Console/$current`` set for their task.
struct Console: Sendable {
  var environment: [String: String]
  var timeZone: TimeZone
  var currentDirectory: String
  /// Writes to standard output, as given.
  var out: @Sendable (String) -> Void
  /// Writes to standard error, as given.
  var err: @Sendable (String) -> Void
  /// All of standard input.
  var input: @Sendable () -> Data
  var outputIsTerminal: Bool
  var inputIsTerminal: Bool
  /// Writes large pieces of UTF-8 to standard output, as given, with no string made of them
  /// (the process's, after what ``out`` holds); nil where output is kept as text (the tests'
  /// buffers).
  var outBytes: (@Sendable (UnsafeBufferPointer<UInt8>) -> Void)? = nil

  /// This process's.
  static var process: Console {
    Console(
      environment: ProcessInfo.processInfo.environment, timeZone: .current,
      currentDirectory: FileManager.default.currentDirectoryPath,
      // Through C's buffered streams, as print() wrote: ten years of timeline is 40,000 lines.
      out: { text in print(text, terminator: "") },
      err: { text in
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
      },
      input: { FileHandle.standardInput.readDataToEndOfFile() },
      outputIsTerminal: isatty(STDOUT_FILENO) == 1, inputIsTerminal: isatty(STDIN_FILENO) == 1,
      outBytes: { bytes in
        fflush(nil)
        var rest = UnsafeRawBufferPointer(bytes)
        while let base = rest.baseAddress, !rest.isEmpty {
          let written = write(STDOUT_FILENO, base, rest.count)
          // As print does, a failed write is not reported (a closed pipe ends the program).
          guard written >= 0 || errno == EINTR else { return }
          rest = UnsafeRawBufferPointer(rebasing: rest[max(written, 0)...])
        }
      })
  }

  /// The console of the command running now.
  @TaskLocal static var current = Console.process
}

/// Writes a line to standard error, with control and bidi characters made visible.
func printError(_ text: String) {
  Console.current.err(SafeText.visible(text) + "\n")
}

/// Prints a line of human-readable output, with control and bidi characters made visible
/// (``SafeText/visible(_:)``): notes, names and protocol text never reach the terminal raw.
/// Machine output (JSON, CSV) goes through ``output(_:terminator:)`` as it is; JSON is
/// escaped by ``JSONOutput``.
func say(_ text: String) {
  output(SafeText.visible(text))
}

/// Writes machine output (JSON, CSV, a listing) to standard output as it is.
func output(_ text: String, terminator: String = "\n") {
  Console.current.out(text + terminator)
}
