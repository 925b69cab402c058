import Foundation
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("StoreLock")
struct StoreLockTests {
  /// Another process (the `flock` tool) holds the lock: we must see it, wait for it, and get it
  /// once that process lets go.
  @Test(
    "a lock held by another process excludes us until it is released",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func otherProcess() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      try #require(try lockWhenFree(directory) != nil, "free at first")

      let holder = Process()
      holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
      holder.arguments = ["-x", directory.lockFile, "-c", "echo held; read x"]
      let input = Pipe()
      let output = Pipe()
      holder.standardInput = input
      holder.standardOutput = output
      try holder.run()
      defer {
        if holder.isRunning { holder.terminate() }
        holder.waitUntilExit()
      }
      let said = try readOutput(output.fileHandleForReading.fileDescriptor, until: "held")
      try #require(said.contains("held"), "flock never said it held the lock (got \(said))")

      #expect(try StoreLock.tryExclusiveLock(in: directory) == nil)

      // A writer in this process now waits, and says so.
      let state = Locked((waited: false, ran: false))
      let writer = Thread {
        _ = try? StoreLock.withExclusiveLock(in: directory) {
          state.withValue { $0.waited = true }
        } _: {
          state.withValue { $0.ran = true }
        }
      }
      writer.start()
      #expect(eventually { state.withValue { $0.waited } }, "whileWaiting was called")
      #expect(state.withValue { $0.ran } == false, "the body did not run while flock held it")

      try input.fileHandleForWriting.close()  // `read x` ends, the shell exits, flock lets go

      #expect(eventually { state.withValue { $0.ran } }, "the waiting writer got the lock")
      let free = try eventually { try StoreLock.tryExclusiveLock(in: directory) != nil }
      #expect(free, "the lock is free again once both let go")
    }
  }

  /// A child forked by another test while this one held the lock (TestSupport's
  /// `runInChildProcess`) must not keep it: a flock lives as long as any copy of its descriptor.
  @Test("a forked test child does not keep a lock the parent held at the fork")
  func forkedChildLetsGo() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      let held = try #require(try lockWhenFree(directory))
      let child = startChildProcess {
        usleep(3_000_000)
        return 0
      }
      defer { _ = waitForChild(child, deadline: 10) }
      #expect(child > 0)
      held.release()
      // The child sleeps on for 3 s: the lock is free before that only if it closed its copy
      // (the time allowed covers the child being scheduled at all).
      let again = Locked<StoreLock?>(nil)
      let free = try eventually(within: 2) {
        let lock = try StoreLock.tryExclusiveLock(in: directory)
        again.withValue { $0 = lock }
        return lock != nil
      }
      #expect(free)
      again.withValue { $0?.release() }
    }
  }

  @Test("the lock is released when the body throws")
  func releasedOnThrow() throws {
    struct Planned: Error {}
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      #expect(throws: Planned.self) {
        try StoreLock.withExclusiveLock(in: directory) { throw Planned() }
      }
      let lock = try #require(try lockWhenFree(directory))
      #expect(try StoreLock.tryExclusiveLock(in: directory) == nil, "held while not released")
      lock.release()
      lock.release()
      #expect(try lockWhenFree(directory) != nil)
    }
  }

  /// 8 threads × 200 appends, each through its own lock descriptor and its own file descriptor.
  /// Every line must come back whole, and no two bodies may ever run at once.
  @Test("8 threads × 200 locked appends: 1,600 whole lines, bodies never overlap")
  func threads() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      let path = directory.journeyFile
      let threadCount = 8
      let perThread = 200
      let padding = String(repeating: "x", count: 120)
      let state = Locked((inside: 0, mostInside: 0, errors: [String]()))
      let group = DispatchGroup()

      for thread in 0..<threadCount {
        group.enter()
        Thread {
          defer { group.leave() }
          for index in 0..<perThread {
            do {
              try StoreLock.withExclusiveLock(in: directory) {
                state.withValue {
                  $0.inside += 1
                  $0.mostInside = max($0.mostInside, $0.inside)
                }
                defer { state.withValue { $0.inside -= 1 } }
                try LineFile.append(["t\(thread)-\(index)-\(padding)"], to: path)
              }
            } catch {
              state.withValue { $0.errors.append("\(error)") }
            }
          }
        }.start()
      }
      #expect(group.wait(timeout: .now() + 120) == .success, "all threads finished")

      let contents = try LineFile.read(path, relativeName: "journey.jsonl")
      let expected = Set(
        (0..<threadCount).flatMap { t in (0..<perThread).map { "t\(t)-\($0)-\(padding)" } })
      let texts = contents.lines.map(\.text)
      // Short failure reports: counts and the first few offenders, not 1,600 lines.
      let errors = state.withValue { $0.errors }
      #expect(errors.count == 0, "first failure: \(errors.first ?? "")")
      #expect(state.withValue { $0.mostInside } == 1)
      #expect(contents.problems.isEmpty, "\(contents.problems.prefix(3))")
      #expect(texts.count == threadCount * perThread)
      #expect(Set(texts).count == texts.count, "no line written twice")
      let foreign = texts.filter { !expected.contains($0) }
      #expect(foreign.count == 0, "mixed or unknown lines, first: \(foreign.prefix(3))")
    }
  }

  /// Reads what a child prints until `marker` appears or the deadline passes.
  private func readOutput(_ fd: Int32, until marker: String, within seconds: Double = 10) throws
    -> String
  {
    var text = ""
    let end = Date().addingTimeInterval(seconds)
    while !text.contains(marker) {
      let left = Int32(max(0, end.timeIntervalSinceNow) * 1000)
      if left == 0 { break }
      var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, left) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = read(fd, &buffer, buffer.count)
      if count <= 0 { break }
      text += String(decoding: buffer.prefix(count), as: UTF8.self)
    }
    return text
  }
}
