import JourneyCore

extension FHIRExport {
  /// One day's resources, written on the thread that read the day (``ReadAhead`` in the store:
  /// either of two threads), so ten years of resources are written on both cores; what needs
  /// the days before it is left for the bundle's own thread, in order.
  struct Day: Sendable {
    /// The resources written, each with the comma before it, for the bundle's `entry` array.
    var bytes: [UInt8] = []
    /// What is left for the bundle's thread, each with where in ``bytes`` it comes.
    var left: [(at: Int, step: Step)] = []

    enum Step: Sendable {
      /// A correction, written there: it revises the resources of the line it corrects, which
      /// may be any earlier day's.
      case correction(Entry, hash: String)
      /// The resources written for a line a later line corrects.
      case corrected(line: String, urls: [String])
    }
  }

  /// The resources of a day's entries, in the order they were observed; the medication plan's
  /// statements (`planURLs`) written already.
  func day(_ entries: [(entry: Entry, hash: String)], planURLs: [String: [String]]) -> Day {
    var w = JSONWriter(following: 1 << 15)
    var day = Day()
    let emitted = Emitted(planURLs: planURLs)
    for index in FHIRExport.order(entries) {
      let (entry, hash) = entries[index]
      if case .correction = entry.body {
        day.left.append((w.written, .correction(entry, hash: hash)))
      } else if let urls = writeLine(entry, hash: hash, emitted: emitted, into: &w) {
        day.left.append((w.written, .corrected(line: entry.id, urls: urls)))
      }
    }
    day.bytes = w.bytes
    return day
  }

  /// Puts a day's resources in the bundle, writing the corrections left to this thread, and
  /// keeps what later days' corrections revise.
  func put(_ day: Day, emitted: inout Emitted, into w: inout JSONWriter) {
    day.bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      for (at, step) in day.left {
        w.values(UnsafeBufferPointer(rebasing: bytes[start..<at]))
        start = at
        switch step {
        case .correction(let entry, let hash):
          if let urls = writeLine(entry, hash: hash, emitted: emitted, into: &w) {
            emitted.corrected[entry.id] = urls
          }
        case .corrected(let line, let urls):
          emitted.corrected[line] = urls
        }
      }
      w.values(UnsafeBufferPointer(rebasing: bytes[start...]))
    }
  }
}
