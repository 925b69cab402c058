import Foundation
import PropertyBased
import Testing

@testable import JourneyStore

/// The line reader on random bytes in a real file: it never crashes, every line it returns is
/// text without a newline, every problem has a reason, and nothing is silently lost.
@Suite struct LineReaderPropertyTests {
  /// Bytes with many newlines, carriage returns, spaces and broken UTF-8 among them.
  static let bytes = Generator<[UInt8], Shrink.None<[UInt8]>> { rng in
    let special: [UInt8] = [
      0x0A, 0x0A, 0x0D, 0x20, 0x09, 0x7B, 0x7D, 0x22, 0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xFF, 0x80,
      0x00,
    ]
    return (0..<Int.random(in: 0...300, using: &rng)).map { _ in
      Bool.random(using: &rng)
        ? special[Int.random(in: 0..<special.count, using: &rng)]
        : UInt8.random(in: 0...255, using: &rng)
    }
  }

  @Test func randomBytesAreReadOrReported() async {
    // propertyCheck is async, so the folder is made here rather than by withTemporaryDirectory.
    let path = NSTemporaryDirectory() + "carejourney-fuzz-\(UUID().uuidString).jsonl"
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      await propertyCheck(count: 200, input: Self.bytes) { bytes in
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let contents = try LineFile.read(path, relativeName: "days/2026/2026-11-22.jsonl")
        let newlines = bytes.filter { $0 == 0x0A }.count
        let physical = newlines + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
        for line in contents.lines {
          #expect(!line.text.contains("\n"))
          #expect((1...max(1, physical)).contains(line.number))
          #expect(line.isTorn == (line.number == physical && bytes.last != 0x0A))
        }
        for problem in contents.problems {
          #expect(!problem.reason.isEmpty)
          #expect(problem.file == "days/2026/2026-11-22.jsonl")
        }
        // Every non-blank line is either returned or reported.
        let nonBlank = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
          .filter { !$0.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }.count
        let returnedOrReported = Set(contents.lines.map(\.number)).union(
          contents.problems.map(\.line))
        #expect(returnedOrReported.count >= nonBlank)
      }
    }
  }
}
