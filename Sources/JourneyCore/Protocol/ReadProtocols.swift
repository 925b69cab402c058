import Foundation

/// The protocols read so far in this process, by their text: a command loads the journey's
/// `protocol.toml` once or more, and the screens load it again at every reload, while reading
/// one is most of the work of loading a journey.
///
/// Reading depends on nothing but the text, so the same text gives the same protocol: the
/// file's name appears only in the messages of a refusal, and only protocols read without error
/// are kept (a broken file is read again, and refused again, each time, naming the file it came
/// from). Only a few are kept: past ``limit`` all are forgotten.
///
/// A text can be read ahead on a thread of its own (``readAhead(toml:)``) while the program
/// does other work: whoever asks for it meanwhile waits for that reading rather than read it
/// a second time.
final class ReadProtocols: @unchecked Sendable {
  /// The one of this process.
  static let shared = ReadProtocols()
  /// How many texts are kept at most.
  static let limit = 8

  private let condition = NSCondition()
  /// Compared by their bytes, never hashed: hashing a String reads it in Unicode's normal form,
  /// and for a protocol's text that took a tenth of a whole `status`.
  private var kept: [(text: String, care: CareProtocol)] = []
  /// The texts being read ahead.
  private var underway: [String] = []
  /// How many texts were read (kept or not), ahead or when asked: what the tests check.
  private(set) var reads = 0

  /// The protocol `text` holds: the one read before (or being read ahead) from the same text,
  /// else ``CareProtocol/init(toml:fileName:)``'s.
  func care(toml text: String, fileName: String) throws(TOMLFileError) -> CareProtocol {
    if let care = keptAfterReadAhead(text) { return care }
    condition.withLock { reads += 1 }
    let care = try CareProtocol(toml: text, fileName: fileName)
    condition.withLock { keep(text, care) }
    return care
  }

  /// Starts reading `text` on a thread of its own, in the caller's language, unless it is kept
  /// or underway already. A text that does not read is not kept: whoever asks for it then reads
  /// it again and is refused in their own words.
  ///
  /// A thread of its own, not a dispatch queue: a caller waiting on a queue's thread must never
  /// wait for work queued behind it.
  func readAhead(toml text: String) {
    let started = condition.withLock {
      guard !kept.contains(where: { Self.same($0.text, text) }),
        !underway.contains(where: { Self.same($0, text) })
      else { return false }
      underway.append(text)
      reads += 1
      return true
    }
    guard started else { return }
    let language = Language.current
    Thread.detachNewThread {
      let care = Language.$current.withValue(language) {
        try? CareProtocol(toml: text, fileName: "protocol.toml")
      }
      self.condition.withLock {
        if let index = self.underway.firstIndex(where: { Self.same($0, text) }) {
          self.underway.remove(at: index)
        }
        if let care { self.keep(text, care) }
        self.condition.broadcast()
      }
    }
  }

  /// The protocol kept for `text`, once any reading ahead of it is over; nil when none is.
  private func keptAfterReadAhead(_ text: String) -> CareProtocol? {
    condition.withLock {
      while true {
        if let care = kept.first(where: { Self.same($0.text, text) })?.care { return care }
        guard underway.contains(where: { Self.same($0, text) }) else { return nil }
        condition.wait()
      }
    }
  }

  /// Keeps `care` for `text`; the lock is held.
  private func keep(_ text: String, _ care: CareProtocol) {
    if kept.count >= Self.limit { kept.removeAll() }
    kept.append((text, care))
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
