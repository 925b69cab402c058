import Foundation

/// The protocols read so far in this process, by their text: a command loads the journey's
/// `protocol.toml` once or more, and the screens load it again at every reload, while reading
/// one is most of the work of loading a journey.
///
/// Reading depends on nothing but the text, so the same text gives the same protocol: the
/// file's name appears only in the messages of a refusal, and only protocols read without error
/// are kept (a broken file is read again, and refused again, each time, naming the file it came
/// from). Only a few are kept: past ``limit`` all are forgotten.
final class ReadProtocols: @unchecked Sendable {
  /// The one of this process.
  static let shared = ReadProtocols()
  /// How many texts are kept at most.
  static let limit = 8

  private let lock = NSLock()
  private var kept: [String: CareProtocol] = [:]

  /// The protocol `text` holds: the one read before from the same text, else
  /// ``CareProtocol/init(toml:fileName:)``'s.
  func care(toml text: String, fileName: String) throws(TOMLFileError) -> CareProtocol {
    if let care = lock.withLock({ kept[text] }) { return care }
    let care = try CareProtocol(toml: text, fileName: fileName)
    lock.withLock {
      if kept.count >= Self.limit { kept.removeAll() }
      kept[text] = care
    }
    return care
  }
}
