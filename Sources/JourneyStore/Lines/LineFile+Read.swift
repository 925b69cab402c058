import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LineFile {
  /// Reads a whole line file in one go and splits it into lines.
  ///
  /// A missing file is empty, with no problem. Blank lines (empty, or only spaces, tabs and
  /// carriage returns) are skipped silently but still counted in line numbers. A line that is
  /// not valid UTF-8 is reported and left out. A last line with no newline is reported as
  /// incomplete *and* returned with ``StoredLine/isTorn`` set: the layer above decides whether
  /// it can use it. After the next ``append(_:to:)`` that line ends with the newline the append
  /// put before its own lines, so it reads as an ordinary complete line (the JSON layer then
  /// reports it as unparsable if it is cut short).
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - relativeName: the name used in problems (`days/2026/2026-11-22.jsonl`).
  ///   - picking: when given, only the lines it picks from their bytes are returned (and
  ///     checked for UTF-8): a reading that needs a few kinds of line makes no text of the
  ///     others. A torn last line is reported whether picked or not.
  /// - Throws: ``StoreError`` when the file exists but cannot be read.
  public static func read(
    _ path: String, relativeName: String,
    picking: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil
  ) throws(StoreError) -> LineFileContents {
    guard let bytes = try FileSystem.readAll(path) else { return .empty }
    return split(bytes, relativeName: relativeName, picking: picking)
  }

  /// Splits file bytes on `\n`; see ``read(_:relativeName:picking:)`` for the rules.
  static func split(
    _ bytes: [UInt8], relativeName: String,
    picking: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil
  ) -> LineFileContents {
    var lines: [StoredLine] = []
    var problems: [LineProblem] = []
    forEachLine(in: bytes) { number, content, isTorn in
      if isTorn {
        problems.append(
          LineProblem(
            file: relativeName, line: number,
            reason: tr("last line is incomplete (the write was cut off)")))
      }
      if let picking, !picking(content) { return }
      guard let text = utf8Text(content) else {
        problems.append(
          LineProblem(file: relativeName, line: number, reason: tr("not valid UTF-8 text")))
        return
      }
      lines.append(StoredLine(number: number, text: text, isTorn: isTorn))
    }
    return LineFileContents(lines: lines, problems: problems)
  }

  /// Calls `body` with each non-blank line's 1-based number (blank lines counted), its bytes
  /// without the newline, and whether it is a last line with no newline after it.
  ///
  /// The one place that decides what a line is, for the reader, the chain and the verifier.
  static func forEachLine(
    in bytes: [UInt8], _ body: (Int, UnsafeBufferPointer<UInt8>, Bool) -> Void
  ) {
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var number = 0
      while start < buffer.count {
        number += 1
        let end = nextNewline(in: buffer, from: start)
        let content = UnsafeBufferPointer(rebasing: buffer[start..<end])
        let isTorn = end == buffer.count
        start = end + 1
        if !isBlank(content) { body(number, content, isTorn) }
      }
    }
  }

  /// The index of the next `\n` at or after `start`, or the end of `buffer`.
  private static func nextNewline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = buffer.baseAddress,
      let found = memchr(base + start, Int32(newline), buffer.count - start)
    else { return buffer.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 13 }
  }

  /// The bytes as a string, or nil when they are not valid UTF-8 (never repaired).
  static func utf8Text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    // Most lines are ASCII, which is UTF-8 as it is: checked eight bytes at a time, it needs
    // none of the general check (which, generic, costs a look-up of its types every line).
    if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
    if #available(macOS 15, *) {
      return String(validating: bytes, as: UTF8.self)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.utf8.elementsEqual(bytes) ? text : nil
  }

  /// Whether every byte is below 0x80.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      guard word & 0x8080_8080_8080_8080 == 0 else { return false }
      index += 8
    }
    while index < bytes.count {
      guard bytes[index] < 0x80 else { return false }
      index += 1
    }
    return true
  }
}
