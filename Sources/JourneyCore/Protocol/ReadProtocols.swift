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
  /// Compared by their bytes, never hashed: hashing a String reads it in Unicode's normal form,
  /// and for a protocol's text that took a tenth of a whole `status`.
  private var kept: [(text: String, care: CareProtocol)] = []

  /// The protocol `text` holds: the one read before from the same text, else
  /// ``CareProtocol/init(toml:fileName:)``'s.
  func care(toml text: String, fileName: String) throws(TOMLFileError) -> CareProtocol {
    if let care = lock.withLock({ kept.first { Self.same($0.text, text) }?.care }) {
      return care
    }
    let care = try CareProtocol(toml: text, fileName: fileName)
    lock.withLock {
      if kept.count >= Self.limit { kept.removeAll() }
      kept.append((text, care))
    }
    return care
  }

  /// True when both texts are the same bytes (one `memcmp`: this runs on every command).
  static func same(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var (a, b) = (a, b)
    return a.withUTF8 { x in
      b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
  }
}
