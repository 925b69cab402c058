import Foundation

/// Reads the lines `carejourney` appends to its timings file (see `BenchmarkProbe`).
struct TimingsFile {
  let path: String
  private(set) var frame: UInt64?
  private(set) var loaded: UInt64?
  private(set) var keys: [(read: UInt64, drawn: UInt64)] = []
  private var consumed = 0

  init(path: String) { self.path = path }

  /// Reads what was added since the last call.
  mutating func refresh() {
    guard let data = FileManager.default.contents(atPath: path), data.count > consumed else {
      return
    }
    let text = String(decoding: data[consumed...], as: UTF8.self)
    guard let lastNewline = text.lastIndex(of: "\n") else { return }
    let complete = text[...lastNewline]
    consumed += complete.utf8.count
    for line in complete.split(separator: "\n") {
      let words = line.split(separator: " ")
      switch (words.first, words.count) {
      case ("frame", 2): frame = UInt64(words[1])
      case ("loaded", 2): loaded = UInt64(words[1])
      case ("key", 3):
        if let read = UInt64(words[1]), let drawn = UInt64(words[2]) { keys.append((read, drawn)) }
      default: break
      }
    }
  }

  /// Reads (and keeps the child's terminal drained) until `done` holds or `seconds` pass.
  mutating func wait(for child: Child, seconds: Double, _ done: (TimingsFile) -> Bool) -> Bool {
    let deadline = monotonicNanoseconds() + UInt64(seconds * 1e9)
    while monotonicNanoseconds() < deadline {
      refresh()
      if done(self) { return true }
      child.drain(milliseconds: 1)
    }
    refresh()
    return done(self)
  }
}
