import Foundation

/// One computer of the care circle that writes to a shared data directory: its id (the name of
/// its folder, `devices/<id>/`), the human name the timeline shows beside the author ("Maria's
/// laptop"), and the computer it was made on.
///
/// The id is kept outside the data directory (``StateFolder``), so a sync tool never copies it
/// to another computer: each computer writes only its own files, and a sync tool never has two
/// versions of one file to choose between.
public struct Device: Codable, Equatable, Sendable {
  /// 16 lowercase hexadecimal digits, random: the folder `devices/<id>/`.
  public var id: String
  /// What people call the computer ("Maria's laptop").
  public var name: String
  /// The host name of the computer the id was made on: two computers writing as one device
  /// (a copied state folder) show as two hosts in the device's `device.jsonl`.
  public var host: String

  /// Makes a device.
  public init(id: String, name: String, host: String) {
    self.id = id
    self.name = name
    self.host = host
  }

  /// A new device with a random id.
  public static func new(name: String, host: String) -> Device {
    let id = (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    return Device(id: id, name: name, host: host)
  }

  /// Whether `text` has the form of a device id (16 lowercase hexadecimal digits).
  public static func isValidID(_ text: String) -> Bool {
    text.utf8.count == 16
      && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  /// The name a device gets when none was given: "tester's laptop-3".
  public static func defaultName(user: String, host: String) -> String {
    "\(user)'s \(host)"
  }

  /// This computer's host name ("localhost" when it has none).
  public static var thisHost: String {
    let name = ProcessInfo.processInfo.hostName
    return name.isEmpty ? "localhost" : name
  }
}
