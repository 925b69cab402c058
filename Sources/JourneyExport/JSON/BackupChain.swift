import JourneyCore

/// The hashes a backup carries so that `import` can tell it was changed after `export json`
/// wrote it: for the events and for the entries, a chain in which each item's hash covers it
/// and every item before it, as the data files' `prev` does.
///
/// Each hash is the SHA-256 (hex) of the one before it (64 zeros for the first) followed by
/// the item's line as ``LineCodec`` encodes it (its canonical form: keys sorted, no `prev`), so
/// spacing added by a text editor changes nothing, while a changed value, an item added,
/// removed or moved changes the hash at its place and every one after it.
enum BackupChain {
  /// The hash of `line` after `prev` (``SHA256/Digest/zero``, ``LineCodec/genesisHash``,
  /// before the first). `scratch` holds the bytes hashed; given again and again, it is made
  /// once for a whole chain rather than a string for every item.
  static func next(
    after prev: SHA256.Digest, _ line: String, scratch: inout [UInt8]
  ) -> SHA256.Digest {
    next(after: prev, scratch: &scratch) { $0 += line.utf8 }
  }

  /// The same, with the line written by `line` into `scratch` after the 64 digits of `prev`:
  /// the line is then `scratch[64...]`, written once for the hash and the text alike.
  static func next(
    after prev: SHA256.Digest, scratch: inout [UInt8], line: (inout [UInt8]) -> Void
  ) -> SHA256.Digest {
    scratch.removeAll(keepingCapacity: true)
    prev.append(to: &scratch)
    line(&scratch)
    return scratch.withUnsafeBytes { SHA256.digest($0) }
  }

  /// The place (0-based) of the first item whose hash is not the one given, or nil when they
  /// all agree; a list longer or shorter than the chain differs where the shorter one ends.
  static func firstDifference(_ lines: [String], _ chain: [String]) -> Int? {
    var prev = SHA256.Digest.zero
    var scratch: [UInt8] = []
    for (index, line) in lines.enumerated() {
      prev = next(after: prev, line, scratch: &scratch)
      guard index < chain.count, SHA256.Digest(hex: chain[index]) == prev else { return index }
    }
    return lines.count == chain.count ? nil : lines.count
  }
}
