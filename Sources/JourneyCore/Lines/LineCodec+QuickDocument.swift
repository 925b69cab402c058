import Foundation

extension LineCodec {
  /// The top level of a whole-journey backup (`carejourney export json`) read the quick way:
  /// its objects read as lines are, without `JSONDecoder`'s machinery, which took most of the
  /// time of importing ten years.
  ///
  /// ``quickDocument(_:)`` gives nil for anything but a backup as CareJourney writes it (a key
  /// it does not know, one given twice, a value of another type, a list holding something other
  /// than objects, an object that cannot be read, text that is not UTF-8 or not well-formed
  /// JSON), and the document is then read by `JSONDecoder`, which reads it or refuses it
  /// exactly as before. An object the quick reader leaves (labs, ICE, grading) is read alone by
  /// `JSONDecoder`.
  public struct QuickDocument {
    public var format: String?
    public var version: Int?
    /// The text of the journey's protocol.
    public var protocolText: String?
    public var events: [Embedded]?
    public var entries: [Embedded]?
    /// The hashes a backup carries since version 2 (see `BackupChain` in JourneyExport).
    public var entryChain: [String]?
    public var eventChain: [String]?
    public var protocolSha256: String?
  }

  /// A backup's top level, or nil to leave the document to `JSONDecoder`.
  public static func quickDocument(_ data: Data) -> QuickDocument? {
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard QuickDocument.isUTF8(bytes) else { return nil }
      var reader = QuickReader(bytes: bytes)
      var document = QuickDocument()
      var seen: Set<String> = []
      let complete = reader.object { key, reader -> Bool in
        let name = String(decoding: key, as: UTF8.self)
        guard seen.insert(name).inserted else { return false }
        if reader.literal("null") { return true }
        switch name {
        case "format": return reader.text(&document.format)
        case "version": return reader.int(&document.version)
        case "protocol": return reader.text(&document.protocolText)
        case "events": return reader.embedded(&document.events)
        case "entries": return reader.embedded(&document.entries)
        case "entryChain": return reader.texts(&document.entryChain)
        case "eventChain": return reader.texts(&document.eventChain)
        case "protocolSha256": return reader.text(&document.protocolSha256)
        default: return false
        }
      }
      guard complete else { return nil }
      reader.skipSpace()
      return reader.index == bytes.count ? document : nil
    }
  }
}

extension LineCodec.QuickDocument {
  /// Whether `bytes` are UTF-8, as `JSONDecoder` requires.
  static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if #available(macOS 15, *) {
      return String(validating: bytes, as: UTF8.self) != nil
    }
    return String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
  }
}

extension QuickReader {
  /// `[{...}, ...]`: each object read as a line is, or alone by `JSONDecoder` when the quick
  /// reader leaves it; false (the whole document to `JSONDecoder`) for anything but objects.
  mutating func embedded(_ field: inout [LineCodec.Embedded]?) -> Bool {
    guard take(UInt8(ascii: "[")) else { return false }
    var objects: [LineCodec.Embedded] = []
    skipSpace()
    if !take(UInt8(ascii: "]")) {
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        let start = index
        var record = LineCodec.Record()
        if object(into: &record, keepingPrev: true) {
          objects.append(LineCodec.Embedded(record: .success(record)))
        } else {
          // Read alone by JSONDecoder; one it cannot read leaves the whole document to it, so
          // the reason names the field as it does in the document.
          index = start
          guard skipValue() else { return false }
          let text = Data(UnsafeBufferPointer(rebasing: bytes[start..<index]))
          guard let record = try? JSONDecoder().decode(LineCodec.Record.self, from: text) else {
            return false
          }
          objects.append(LineCodec.Embedded(record: .success(record)))
        }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "]")) else { return false }
        break
      }
    }
    field = objects
    return true
  }
}
