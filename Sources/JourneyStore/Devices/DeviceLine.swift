import Foundation
import JourneyCore

/// One line of `devices/<id>/device.jsonl`: the device's id, name and host as the device wrote
/// them. A device appends a line when it first writes and whenever its name changes; the last
/// line names it. Other computers read it to show the name beside the author.
public struct DeviceLine: Codable, Equatable, Sendable {
  /// The format version.
  public var v = 1
  /// The device id this line claims (the folder's name, unless the folder was forged).
  public var device: String
  public var name: String
  public var host: String

  /// The line for `device`.
  public init(_ device: Device) {
    self.device = device.id
    name = device.name
    host = device.host
  }

  /// The line as stored.
  var text: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }

  /// The lines of a `device.jsonl`, each that could be read, with a problem for each that could
  /// not; an empty list when there is no such file.
  static func read(_ path: String, name: String) -> (lines: [DeviceLine], problems: [LineProblem]) {
    let contents: LineFileContents
    do {
      contents = try LineFile.read(path, relativeName: name)
    } catch {
      return ([], [LineProblem(file: name, line: 0, reason: error.message)])
    }
    var lines: [DeviceLine] = []
    var problems = contents.problems
    for line in contents.lines {
      if let read = try? JSONDecoder().decode(DeviceLine.self, from: Data(line.text.utf8)) {
        lines.append(read)
      } else {
        problems.append(
          LineProblem(
            file: name, line: line.number,
            reason: tr(
              "not a device line (device, name, host), so the device's name is not read")))
      }
    }
    return (lines, problems)
  }
}
