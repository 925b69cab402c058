import JourneyCore

extension JourneyStore {
  /// The SHA-256 the hash chain records for each of a file's lines (``LineFileContents/lines``,
  /// in order), given each line's `prev` as read: the `prev` of the line after it, which is the
  /// hash of the line as it was written; for a file's last line, a line whose next line records
  /// no hash (a line written before hashes, a damaged one), and every line of a file with a line
  /// that could not be read (the lines in view may then not be neighbours), the hash of its
  /// bytes.
  ///
  /// As long as a line is as it was written, this is the hash of its bytes, what `verify`
  /// checks; a line changed since gives the hash it was written with, so whoever checks it
  /// against the file sees that it changed. And no line is hashed twice over ten years.
  static func recordedHashes(_ contents: LineFileContents, prevs: [String?]) -> [String] {
    let lines = contents.lines
    let chained = contents.problems.isEmpty && prevs.count == lines.count
    return lines.indices.map { index in
      if chained, index + 1 < lines.count, let next = prevs[index + 1], isHash(next) {
        return next
      }
      return SHA256.hex(lines[index].text)
    }
  }

  /// 64 lowercase hexadecimal digits, as the chain writes a hash.
  static func isHash(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      bytes.count == 64 && bytes.allSatisfy { 48...57 ~= $0 || 97...102 ~= $0 }
    }
  }

  /// ``decode(_:name:_:)`` with each value's line's hash as the chain records it
  /// (``recordedHashes(_:prevs:)``), the two joined by `join`: `read` gives a line's value, or
  /// why it cannot be read, and its `prev` either way (``LineCodec/readEntry(_:)``,
  /// ``LineCodec/readEvent(_:)``).
  static func decodeHashed<T, Joined>(
    _ contents: LineFileContents, name: String,
    _ read: (String) -> (value: Result<T, LineCodec.DecodingError>, prev: String?),
    join: (T, String) -> Joined
  ) -> (values: [Joined], lines: [Int], problems: [LineProblem]) {
    let lines = contents.lines
    var prevs = [String?](repeating: nil, count: lines.count)
    var index = 0
    let (values, numbers, problems) = decode(contents, name: name) {
      (line) throws(LineCodec.DecodingError) -> (T, Int) in
      while index < lines.count - 1, lines[index].number < line.number { index += 1 }
      let (value, prev) = read(line.text)
      prevs[index] = prev
      return (try value.get(), index)
    }
    let hashes = recordedHashes(contents, prevs: prevs)
    return (values.map { join($0.0, hashes[$0.1]) }, numbers, problems)
  }
}
