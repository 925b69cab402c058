import Foundation

/// The protocols read so far in this process, by their text and the name their messages give
/// the file: a command loads the journey's `protocol.toml` once or more, and the screens load it
/// again at every reload, while reading one is most of the work of loading a journey.
///
/// Reading depends on nothing but the text and the name, so the same text gives the same
/// protocol. Only protocols read without error are kept (a broken file is read again, and
/// refused again, each time), and only a few: past ``limit`` all are forgotten.
final class ReadProtocols: @unchecked Sendable {
  /// The one of this process.
  static let shared = ReadProtocols()
  /// How many texts are kept at most.
  static let limit = 8

  private struct Key: Hashable {
    let text: String
    let fileName: String
  }

  private let lock = NSLock()
  private var kept: [Key: CareProtocol] = [:]

  /// The protocol `text` holds: the one read before from the same text and name, else
  /// ``CareProtocol/init(toml:fileName:)``'s.
  func care(toml text: String, fileName: String) throws(TOMLFileError) -> CareProtocol {
    let key = Key(text: text, fileName: fileName)
    if let care = lock.withLock({ kept[key] }) { return care }
    let care = try CareProtocol(toml: text, fileName: fileName)
    lock.withLock {
      if kept.count >= Self.limit { kept.removeAll() }
      kept[key] = care
    }
    return care
  }
}
