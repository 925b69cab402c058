import Foundation

/// Works out `count` values a little ahead on a thread of its own while the caller handles the
/// ones already made, in order: reading and decoding ten years of day files and what a command
/// makes of them (timeline rows, a backup's lines, `verify`'s findings) then take turns on two
/// cores instead of one.
///
/// Values are handed over in batches (``batch``), so the two threads meet a few hundred times
/// over ten years, not once a day; at most ``ahead`` values wait (three weeks of days: more
/// only held more memory, not more speed), so ten years are never held at once. A few values are made on the caller's thread alone (a thread costs more than a few
/// files).
final class ReadAhead<Value: Sendable>: @unchecked Sendable {
  /// How many values are handed over at once.
  static var batch: Int { 8 }
  /// How many values may wait, made, for the caller.
  static var ahead: Int { 24 }
  /// Fewer values than this are made without a second thread.
  static var fewest: Int { 32 }

  private let count: Int
  private let make: @Sendable (Int) -> Value
  private let condition = NSCondition()
  /// Values made and not yet taken, in order.
  private var ready: [Value] = []
  /// How many values the caller has taken.
  private var taken = 0
  /// Set when the caller stops, early or not: the thread making values stops too.
  private var stopped = false

  /// `make` gives the value at a place, 0 to `count - 1`; it may run on another thread.
  init(count: Int, make: @escaping @Sendable (Int) -> Value) {
    self.count = count
    self.make = make
  }

  /// Hands each value to `body`, in order; stops at the first error `body` throws.
  func inOrder(_ body: (Value) throws -> Void) rethrows {
    guard count >= ReadAhead.fewest else {
      for place in 0..<count { try body(make(place)) }
      return
    }
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global(qos: .userInitiated).async {
      self.makeAll()
      done.signal()
    }
    defer {
      condition.lock()
      stopped = true
      condition.broadcast()
      condition.unlock()
      done.wait()
    }
    var handled = 0
    while handled < count {
      condition.lock()
      while ready.isEmpty { condition.wait() }
      let values = ready
      ready = []
      taken += values.count
      condition.broadcast()
      condition.unlock()
      for value in values { try body(value) }
      handled += values.count
    }
  }

  /// The other thread: every value in order, a batch at a time, never more than ``ahead``
  /// waiting.
  private func makeAll() {
    var place = 0
    while place < count {
      condition.lock()
      while place - taken >= ReadAhead.ahead && !stopped { condition.wait() }
      let stop = stopped
      condition.unlock()
      if stop { return }
      let end = min(place + ReadAhead.batch, count)
      let values = (place..<end).map(make)
      condition.lock()
      ready += values
      condition.broadcast()
      condition.unlock()
      place = end
    }
  }
}
