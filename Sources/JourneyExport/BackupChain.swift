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
  /// The hash of `line` after `prev` (``LineCodec/genesisHash`` before the first).
  static func next(after prev: String, _ line: String) -> String {
    SHA256.hex(prev + line)
  }

  /// The place (0-based) of the first item whose hash is not the one given, or nil when they
  /// all agree; a list longer or shorter than the chain differs where the shorter one ends.
  static func firstDifference(_ lines: [String], _ chain: [String]) -> Int? {
    var prev = LineCodec.genesisHash
    for (index, line) in lines.enumerated() {
      prev = next(after: prev, line)
      guard index < chain.count, chain[index] == prev else { return index }
    }
    return lines.count == chain.count ? nil : lines.count
  }
}
