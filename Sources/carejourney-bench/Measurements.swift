import Foundation
import JourneyCore
import JourneyStore

/// Runs the measures on one data directory.
struct Measurements {
  let app: String
  let data: String
  let scratch: String
  let runs: Int
  let now: String

  /// What every run of `carejourney` gets: the data, a fixed clock and time zone, a terminal
  /// of 80x24, and no crash report (a format not written yet stops the program at once).
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "CAREJOURNEY_DATA": data, "CAREJOURNEY_NOW": now, "TZ": "UTC", "HOME": scratch,
      "USER": "bench", "TERM": "xterm-256color", "LINES": "24", "COLUMNS": "80",
      "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    environment.merge(extra) { $1 }
    return environment
  }

  /// Who is at the keyboard, given by name: on a computer that remembers nobody the screens
  /// first ask, and a name given for the run skips the question as it does for a person.
  static let person = ["--name", "Bench"]

  private func fresh(_ name: String) -> String {
    let path = scratch + "/" + name
    try? FileManager.default.removeItem(atPath: path)
    return path
  }

  /// Starts the screens on a pseudo-terminal, `runs` times, each closing after its first frame:
  /// from the start of the process to the first frame drawn, the whole process (start, first
  /// frame, leaving the screens, exit), and its peak memory.
  func firstFrame(role: String) throws -> (frame: Sample, process: Sample, memory: Sample) {
    var frame: [Double] = []
    var process: [Double] = []
    var memory: [Double] = []
    for run in 0...runs {
      let path = fresh("first-frame-\(role)-\(run)")
      let peak = fresh("memory")
      let child = try Child(
        [app, "--role", role] + Measurements.person,
        environment: environment([
          "CAREJOURNEY_BENCH_FIRST_FRAME": path, "CAREJOURNEY_BENCH_MEMORY": peak,
        ]), terminal: true)
      let finished = try child.wait()
      var timings = TimingsFile(path: path)
      timings.refresh()
      guard finished.succeeded, let drawn = timings.frame else {
        throw BenchError("the screens did not draw a first frame (\(describe(finished)))")
      }
      // The first run warms the caches (program, files) and is not counted.
      guard run > 0 else { continue }
      frame.append(Double(drawn - finished.startedAt) / 1e9)
      process.append(finished.seconds)
      memory.append(try reportedPeak(peak))
    }
    return (
      Sample(values: frame, unit: .seconds), Sample(values: process, unit: .seconds),
      Sample(values: memory, unit: .kilobytes)
    )
  }

  /// Types the scripted session on the screens, `runs` times: for each key, from the moment it
  /// was typed to its frame drawn, by screen; the time from start until the whole history was
  /// read; the peak memory.
  func keystrokes() throws -> (
    byScreen: [String: Sample], early: Sample, loaded: Sample, memory: Sample,
    slowest: [(ScriptedKey, Double)]
  ) {
    var byScreen: [String: [Double]] = [:]
    var early: [Double] = []
    var all: [(ScriptedKey, Double)] = []
    var loaded: [Double] = []
    var memory: [Double] = []
    for run in 0..<runs {
      let path = fresh("keys-\(run)")
      let peak = fresh("memory")
      let child = try Child(
        [app] + Measurements.person,
        environment: environment([
          "CAREJOURNEY_BENCH_TIMINGS": path, "CAREJOURNEY_BENCH_MEMORY": peak,
        ]), terminal: true)
      var timings = TimingsFile(path: path)
      /// Types a key and waits for its frame: the time from typing to drawn.
      func press(_ key: ScriptedKey) throws -> Double {
        let before = timings.keys.count
        let sent = monotonicNanoseconds()
        child.type(key.bytes)
        guard timings.wait(for: child, seconds: 10, { $0.keys.count > before }) else {
          kill(child.pid, SIGKILL)
          throw BenchError("no frame within 10 s after a key on \(key.screen)")
        }
        let drawn = timings.keys[before].drawn
        return Double(drawn - min(sent, drawn)) / 1e9
      }
      guard timings.wait(for: child, seconds: 30, { $0.frame != nil }) else {
        kill(child.pid, SIGKILL)
        throw BenchError("the screens drew no first frame within 30 s")
      }
      for key in ScriptedKey.whileReading { early.append(try press(key)) }
      guard timings.wait(for: child, seconds: 60, { $0.loaded != nil }),
        let loadedAt = timings.loaded
      else {
        kill(child.pid, SIGKILL)
        throw BenchError("the screens did not finish reading the history within 60 s")
      }
      loaded.append(Double(loadedAt - child.startedAt) / 1e9)
      for key in ScriptedKey.session {
        let seconds = try press(key)
        byScreen[key.screen, default: []].append(seconds)
        all.append((key, seconds))
      }
      child.type(Array("q".utf8))
      let finished = try child.wait()
      guard finished.succeeded else {
        throw BenchError("the screens ended badly: \(describe(finished))")
      }
      memory.append(try reportedPeak(peak))
    }
    return (
      byScreen.mapValues { Sample(values: $0, unit: .seconds) },
      Sample(values: early, unit: .seconds), Sample(values: loaded, unit: .seconds),
      Sample(values: memory, unit: .kilobytes),
      Array(all.sorted { $0.1 > $1.1 }.prefix(8))
    )
  }

  /// Runs a command `runs` times (after one run that warms the caches): its time from start to
  /// exit and its peak memory; nil when it fails (a format not written yet), with why.
  func command(_ arguments: [String]) throws -> (time: Sample, memory: Sample)? {
    var times: [Double] = []
    var memory: [Double] = []
    for run in 0...runs {
      let output = fresh("output")
      let peak = fresh("memory")
      let finished = try Child.run(
        [app] + arguments, environment: environment(["CAREJOURNEY_BENCH_MEMORY": peak]),
        output: output)
      guard finished.succeeded else {
        FileHandle.standardError.write(
          Data("  \(arguments.joined(separator: " ")): \(describe(finished)); left out\n".utf8))
        return nil
      }
      guard run > 0 else { continue }
      times.append(finished.seconds)
      memory.append(try reportedPeak(peak))
    }
    return (Sample(values: times, unit: .seconds), Sample(values: memory, unit: .kilobytes))
  }

  /// Reads every file of the history inside this process, as the commands that need all of
  /// it do: for comparison with what the screens read before their first frame.
  func readAll() throws -> Sample {
    let store = JourneyStore(directory: DataDirectory(root: data))
    var times: [Double] = []
    for run in 0...runs {
      let start = monotonicNanoseconds()
      let snapshot = try store.load()
      let seconds = Double(monotonicNanoseconds() - start) / 1e9
      guard !snapshot.entries.isEmpty else { throw BenchError("no entries read from \(data)") }
      if run > 0 { times.append(seconds) }
    }
    return Sample(values: times, unit: .seconds)
  }

  /// Reads every day file once inside this process, as bytes and nothing more (listed as the
  /// program lists them): the floor the commands that read the whole history are held to.
  func readFloor() throws -> Sample {
    var times: [Double] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    for run in 0...runs {
      let start = monotonicNanoseconds()
      var bytes = 0
      for file in DataDirectory(root: data).dayFiles().files {
        let fd = open(file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw BenchError("cannot read \(file.path)") }
        while true {
          let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
          if count <= 0 { break }
          bytes += count
        }
        close(fd)
      }
      let seconds = Double(monotonicNanoseconds() - start) / 1e9
      guard bytes > 0 else { throw BenchError("no day files read from \(data)") }
      if run > 0 { times.append(seconds) }
    }
    return Sample(values: times, unit: .seconds)
  }

  /// Backs the history up (`export json --out`) and imports it into a new folder, `runs` times
  /// after a warm-up: each import's time and peak memory; nil when either fails, with why.
  func importing() throws -> (time: Sample, memory: Sample)? {
    let backup = fresh("backup.json")
    defer { try? FileManager.default.removeItem(atPath: backup) }
    let made = try Child.run([app, "export", "json", "--out", backup], environment: environment())
    guard made.succeeded else {
      FileHandle.standardError.write(Data("  export json: \(describe(made)); left out\n".utf8))
      return nil
    }
    var times: [Double] = []
    var memory: [Double] = []
    // Each import into a folder of its own, all removed at the end: thousands of files made
    // just after as many were removed make some file systems (ext4) slow to find free inodes.
    let targets = (0...runs).map { fresh("imported-\($0)") }
    defer { for target in targets { try? FileManager.default.removeItem(atPath: target) } }
    for (run, target) in targets.enumerated() {
      let peak = fresh("memory")
      let finished = try Child.run(
        [app, "--data", target, "import", backup],
        environment: environment(["CAREJOURNEY_BENCH_MEMORY": peak]))
      guard finished.succeeded else {
        FileHandle.standardError.write(Data("  import: \(describe(finished)); left out\n".utf8))
        return nil
      }
      guard run > 0 else { continue }
      times.append(finished.seconds)
      memory.append(try reportedPeak(peak))
    }
    return (Sample(values: times, unit: .seconds), Sample(values: memory, unit: .kilobytes))
  }

  /// The peak resident memory (kilobytes) a run of `carejourney` wrote at exit.
  func reportedPeak(_ path: String) throws -> Double {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("memory ") }),
      let kilobytes = Double(line.dropFirst("memory ".count))
    else { throw BenchError("carejourney wrote no peak memory to \(path)") }
    return kilobytes
  }

  func describe(_ finished: Finished) -> String {
    if let status = finished.exitStatus { return "exit status \(status)" }
    return "stopped by signal \(finished.signal ?? 0)"
  }
}
