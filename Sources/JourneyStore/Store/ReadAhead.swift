import Foundation
import JourneyCore

/// Works out `count` values a little ahead on a thread of its own while the caller handles the
/// ones already made, in order: reading and decoding ten years of day files and what a command
/// makes of them (timeline rows, a backup's lines, `verify`'s findings) then take turns on two
/// cores instead of one.
///
/// The caller makes the next values itself rather than wait for them, so the cores share
/// whichever side has more to do: at ten years the reading was the slower one for
/// `timeline --csv` and `verify`, whose callers waited a fifth of the time. `make` then runs
/// on both threads at once, each making places in increasing order.
///
/// Values are handed over in batches (``batch``), so the two threads meet a few hundred times
/// over ten years, not once a day; at most ``ahead`` values wait (three weeks of days: more
/// only held more memory, not more speed), so ten years are never held at once. A few values
/// are made on the caller's thread alone (a thread costs more than a few files).
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
  /// Values made and not yet taken, by their places.
  private var ready: [Int: Value] = [:]
  /// The next place neither thread has begun to make.
  private var next = 0
  /// How many values the caller has taken.
  private var taken = 0
  /// Set when the caller stops, early or not: the thread making values stops too.
  private var stopped = false
  /// Whether the caller waits for the next value, or the other thread for room ahead: each
  /// side wakes the other only when it waits (a wake for nothing cost a switch of threads,
  /// thousands of them over ten years).
  private var callerWaits = false
  private var makerWaits = false

  /// `make` gives the value at a place, 0 to `count - 1`; it may run on either thread, and on
  /// both at once.
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
    // In the caller's language: what is made there (a damaged line's reason) is worded when it
    // is made, and a task-local value does not follow work handed to a queue.
    let language = Language.current
    DispatchQueue.global(qos: .userInitiated).async {
      Language.$current.withValue(language) { self.makeAll() }
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
      var values: [Value] = []
      while let value = ready.removeValue(forKey: handled + values.count) { values.append(value) }
      if values.isEmpty, next < count, next - taken < ReadAhead.ahead {
        // Nothing to hand on yet: make the next value here rather than wait for it.
        let place = next
        next += 1
        condition.unlock()
        let value = make(place)
        condition.lock()
        ready[place] = value
        condition.unlock()
        continue
      }
      if values.isEmpty {
        callerWaits = true
        condition.wait()
        callerWaits = false
        condition.unlock()
        continue
      }
      taken += values.count
      if makerWaits { condition.broadcast() }
      condition.unlock()
      for value in values { try body(value) }
      handled += values.count
    }
  }

  /// The other thread: the values not yet begun, in order, a batch of places at a time, never
  /// more than ``ahead`` waiting. Each value is handed on as soon as it is made.
  private func makeAll() {
    while true {
      condition.lock()
      while next - taken >= ReadAhead.ahead && !stopped {
        makerWaits = true
        condition.wait()
        makerWaits = false
      }
      if stopped || next >= count {
        condition.unlock()
        return
      }
      let start = next
      let end = min(start + ReadAhead.batch, count)
      next = end
      condition.unlock()
      for place in start..<end {
        let value = make(place)
        condition.lock()
        ready[place] = value
        if callerWaits { condition.broadcast() }
        condition.unlock()
      }
    }
  }
}
