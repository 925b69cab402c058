import Foundation
import Testing

/// The data directory's files read byte by byte, without the app's reader: which lines are
/// whole JSON objects, which file ends in a torn line, and which lines are damaged.
struct LineAudit {
  /// Ids of the whole lines in the day files, in file order (files by name).
  var entryIDs: [String] = []
  /// Lines of journey.jsonl that are whole JSON objects.
  var eventCount = 0
  /// Files whose last line has no newline (a write cut short), with those bytes.
  var tornTails: [String: Data] = [:]
  /// "file:line: text" for each line that is not a whole JSON object, other than a torn last one.
  var damaged: [String] = []

  init(_ files: [String: Data]) {
    // A device's device.jsonl names the device; it holds no journey line.
    for name in files.keys.sorted()
    where name.hasSuffix(".jsonl") && !name.hasSuffix("/device.jsonl") {
      let bytes = files[name] ?? Data()
      var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      if let last = lines.popLast(), !last.isEmpty { tornTails[name] = Data(last) }
      for (index, line) in lines.enumerated() {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
          let id = object["id"] as? String
        else {
          damaged.append("\(name):\(index + 1): \(String(decoding: line, as: UTF8.self))")
          continue
        }
        if name.hasPrefix("days/") || name.contains("/days/") {
          entryIDs.append(id)
        } else {
          eventCount += 1
        }
      }
    }
  }

  /// The ids a `log` run printed (`Saved <id>: ...`).
  static func savedIDs(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("Saved "), let colon = line.firstIndex(of: ":") else { return nil }
      return String(line[line.index(line.startIndex, offsetBy: 6)..<colon])
    }
  }
}

extension CLIHarness {
  /// Audits every file under the data directory.
  func auditLines() -> LineAudit { LineAudit(snapshot()) }

  /// The ids `timeline --json` shows, over all dates.
  func timelineIDs() throws -> Set<String> {
    let rows = try #require(try json(["timeline", "--json"]) as? [[String: Any]])
    return Set(rows.compactMap { $0["id"] as? String })
  }

  /// `unreadableLines` from `status --json`.
  func unreadableLines() throws -> Int? {
    let status = try json(["status", "--json"]) as? [String: Any]
    return status?["unreadableLines"] as? Int
  }
}
