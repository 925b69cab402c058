import Foundation

/// One `Validators/validate serve FORMAT` process: it checks one file per request, as
/// `validate FORMAT FILE` would, with its libraries loaded once for the whole test run. Tests
/// that check at the same time take turns; the process ends when the test process does (its
/// standard input closes).
final class ValidatorProcess: @unchecked Sendable {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// What one check gave: its exit status, standard output and standard error.
  struct Answer {
    var status: Int32
    var output: Data
    var errors: String
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var running: [String: ValidatorProcess] = [:]

  /// The process for `format`, started on first use.
  static func serving(_ format: String) throws -> ValidatorProcess {
    try lock.withLock {
      if let process = running[format] { return process }
      let process = try ValidatorProcess(format)
      running[format] = process
      return process
    }
  }

  private let format: String
  private let lock = NSLock()
  private let process = Process()
  private let requests = Pipe()
  private let answers = Pipe()
  private var pending = Data()

  private init(_ format: String) throws {
    self.format = format
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [ExportValidator.script.path, "serve", format]
    process.standardInput = requests
    process.standardOutput = answers
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  /// Checks the file at `path`.
  func check(_ path: String) throws -> Answer {
    try lock.withLock {
      // A write to a process that has ended would end this one (SIGPIPE).
      guard process.isRunning else { throw ended }
      try requests.fileHandleForWriting.write(contentsOf: Data((path + "\n").utf8))
      let line = try nextLine()
      guard let answer = try JSONSerialization.jsonObject(with: line) as? [String: Any],
        let status = answer["status"] as? Int
      else {
        throw Failure(description: "validate serve \(format) answered: \(line)")
      }
      return Answer(
        status: Int32(status), output: Data(((answer["output"] as? String) ?? "").utf8),
        errors: answer["errors"] as? String ?? "")
    }
  }

  private var ended: Failure {
    Failure(
      description: "validate serve \(format) ended; `Validators/validate prepare` shows why")
  }

  /// The next line the process writes, without its newline.
  private func nextLine() throws -> Data {
    while true {
      if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
        let line = pending[pending.startIndex..<end]
        pending = Data(pending[(end + 1)...])
        return Data(line)
      }
      let more = answers.fileHandleForReading.availableData
      guard !more.isEmpty else { throw ended }
      pending.append(more)
    }
  }
}
