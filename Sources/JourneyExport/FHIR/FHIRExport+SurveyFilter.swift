import Foundation
import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension FHIRExport {
  /// Picks from their bytes the stored lines the ``Survey`` needs decoded: every correction and
  /// medication change, and the first line of each author (by the bytes of its `by`). Ten years
  /// of temperatures and symptoms are then read without being decoded, and the survey finds
  /// the same as from every line.
  ///
  /// Days are read on two threads at once, each day on one: an author is known by the earliest
  /// day it was met on, and its line is decoded again on an earlier day met later (which the
  /// survey, meeting the days in order, then finds first).
  ///
  /// A line it cannot be sure of is decoded: one with a backslash anywhere (an escape could
  /// spell a type or a key otherwise), or without a `by` object it can find.
  final class SurveyFilter: @unchecked Sendable {
    private let lock = NSLock()
    /// The bytes of each `by` object met, and the earliest day met on: a handful.
    private var authors: [(bytes: [UInt8], first: LocalDate)] = []

    /// The type names of the lines the survey reads (``Entry/Body/type``), and an escape.
    static let needles: [StaticString] = ["correction", "medication-change", "\\"]

    /// Whether the survey needs `line`, of the day `date`, decoded.
    func wants(_ date: LocalDate, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
      if SurveyFilter.needles.contains(where: { ByteSearch.find($0, in: line) != nil }) {
        return true
      }
      guard let by = SurveyFilter.author(in: line) else { return true }
      lock.lock()
      defer { lock.unlock() }
      let bytes = UnsafeBufferPointer(rebasing: by)
      let known = authors.firstIndex { author in
        author.bytes.count == bytes.count
          && author.bytes.withUnsafeBufferPointer { author in
            guard let a = author.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, bytes.count) == 0
          }
      }
      guard let known else {
        authors.append((Array(bytes), date))
        return true
      }
      // Met before on this day (its lines come in order) or on an earlier one.
      if authors[known].first <= date { return false }
      authors[known].first = date
      return true
    }

    /// The bytes of the `by` object, `{` to `}`, when the line has one where expected.
    static func author(in line: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
      guard var at = ByteSearch.find("\"by\"", in: line) else { return nil }
      at += 4
      func skipSpaces() {
        while at < line.count, line[at] == UInt8(ascii: " ") || line[at] == UInt8(ascii: "\t") {
          at += 1
        }
      }
      skipSpaces()
      guard at < line.count, line[at] == UInt8(ascii: ":") else { return nil }
      at += 1
      skipSpaces()
      guard at < line.count, line[at] == UInt8(ascii: "{") else { return nil }
      let start = at
      var quoted = false
      while at < line.count {
        switch line[at] {
        case UInt8(ascii: "\""): quoted.toggle()
        case UInt8(ascii: "}") where !quoted: return line[start...at]
        default: break
        }
        at += 1
      }
      return nil
    }
  }
}
