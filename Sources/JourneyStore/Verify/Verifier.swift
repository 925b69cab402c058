import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks every file of a data directory and lists everything wrong, changing nothing.
///
/// It opens files read-only, takes no lock and creates nothing (no folder, no `.lock`), so it
/// is safe on a copy, a backup or a read-only disk. It reports:
///
/// - a data folder that does not exist or is not a folder;
/// - lines the reader cannot use: not UTF-8, cut off, not JSON, a field of the wrong type, a
///   value outside its plausible range, a newer format version, an unknown type;
/// - files that cannot be read: permissions, a disk error, a symbolic link, a folder or a named
///   pipe where a file belongs, a file larger than any CareJourney writes;
/// - day files in the wrong folder or with a name that is not a date, and a missing
///   `journey.jsonl` while day files exist;
/// - a `journey.jsonl` that is empty or does not start with the journey's start (`created`);
/// - a `protocol.toml` that is missing (alerts then fall back to the built-in rules), cannot be
///   read or does not parse, and lab values outside its plausible ranges;
/// - a lock file that is not a plain file, and a staging folder left by an unfinished import;
/// - journey events the journey's rules refuse, and ids used by more than one line;
/// - breaks in the hash chain.
///
/// ## The chain, and what it proves
///
/// Each line's `prev` is the SHA-256 of the line before it in the same file (its exact bytes,
/// without the newline; blank lines are skipped), and ``LineCodec/genesisHash`` on a file's first
/// line. A line whose `prev` does not match is reported as not following the line before it. So:
///
/// - an edited line shows as a break on the line *after* it (the edited line's own `prev` is
///   still right);
/// - a deleted, inserted or moved line shows as a break where it was taken out or put in;
/// - an edited or removed *last* line cannot be seen: no line comes after it to disagree;
/// - a whole file rewritten with hashes computed again cannot be seen either.
///
/// The chain detects; it prevents nothing, and it is not a signature: anyone who can write the
/// files can compute the hashes too. Lines written before chaining have no `prev` and are
/// reported as not chained.
public struct Verifier: Sendable {
  /// The folder checked.
  public let directory: DataDirectory

  /// Checks `directory`; nothing is read until ``verify()``.
  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// What a check found: how much was read and every problem, in file and line order.
  public struct Report: Equatable, Sendable {
    /// Files read (journey.jsonl and day files).
    public var files = 0
    /// Non-blank lines read in those files.
    public var lines = 0
    /// Everything wrong.
    public var problems: [LineProblem] = []
  }

  /// Reads every file and returns all problems; never writes.
  public func verify() -> Report {
    var report = Report()
    var ids: [String: Verifier.FirstUse] = [:]
    let root = directory.root
    guard FileSystem.isDirectory(root) else {
      let what =
        FileSystem.kind(of: root) == .missing
        ? tr(
          "the data folder does not exist, so nothing was checked; check --data or "
            + "CAREJOURNEY_DATA")
        : tr("this is not a folder, so nothing was checked; check --data or CAREJOURNEY_DATA")
      report.problems.append(LineProblem(file: root, line: 0, reason: what))
      return report
    }
    let store = JourneyStore(directory: directory)
    let listing = directory.dayFiles()

    var journey = Journey()
    if store.hasJourney {
      let journeys = directory.journeyFiles()
      report.problems += journeys.problems
      // Each file's lines are checked on their own (ids, chain); the journey is the merge.
      var lines: [String: (file: String, line: Int)] = [:]
      for file in journeys.files {
        let examined = examine(file.path, LineCodec.readEvent)
        for (event, line) in merge(examined, \.id, &report, &ids) where lines[event.id] == nil {
          lines[event.id] = (examined.name, line)
        }
      }
      let name = directory.relative(directory.journeyFile)
      journey = Journey(events: ((try? store.readEvents())?.events) ?? [])
      for (event, reason) in zip(journey.refused, journey.problems) {
        let at = lines[event.id]
        report.problems.append(
          LineProblem(file: at?.file ?? name, line: at?.line ?? 0, reason: reason))
      }
      // A damaged start is said in its own words, unless the file's reading error says it.
      if let damage = store.journeyDamage(),
        !report.problems.contains(where: {
          $0.file == damage.file && $0.line == 0 && damage.line == 0
        })
      {
        report.problems.append(damage)
      }
    } else if !listing.files.isEmpty {
      report.problems.append(Verifier.missingJourney(dayFiles: listing.files.count))
    }
    let care = checkProtocol(store, journey: journey, &report)
    report.problems += checkFolder()
    report.problems += checkDevices(dayFiles: listing.files)
    report.problems += listing.problems
    // Each file is read, decoded and hashed a few files ahead, on a second thread and on this
    // one while it would wait (ReadAhead); ids, which span files, and the protocol's checks are
    // done here, in file order.
    let verifier = self
    let files = listing.files
    ReadAhead(count: files.count) { verifier.examine(files[$0].path, LineCodec.readEntry) }
      .inOrder { file in
        let entries = merge(file, \.id, &report, &ids)
        guard let care else { return }
        for (entry, line) in entries {
          for reason in care.implausibleLabs(in: entry.body) {
            report.problems.append(LineProblem(file: file.name, line: line, reason: reason))
          }
        }
      }
    return report
  }

  /// Reads and parses `protocol.toml`: a problem when it is missing beside a journey (alerts
  /// then follow the built-in rules, not the centre's), cannot be read, or does not parse.
  /// Returns the protocol the journey's lab values are judged by, when there is one.
  private func checkProtocol(
    _ store: JourneyStore, journey: Journey, _ report: inout Report
  ) -> CareProtocol? {
    let name = directory.relative(store.protocolFile)
    // Parsed only when the journey's own copy cannot be used.
    var builtIn: CareProtocol? { try? CareProtocol.builtIn(named: journey.protocolID ?? "") }
    let text: String?
    do {
      text = try store.readProtocolText()
    } catch {
      report.problems.append(LineProblem(file: name, line: 0, reason: error.message))
      return builtIn
    }
    guard let text else {
      if store.hasJourney {
        report.problems.append(
          LineProblem(
            file: name, line: 0,
            reason: tr(
              "missing: alerts are judged by the built-in rules of %s only, not by this "
                + "journey's own protocol; restore protocol.toml from a backup",
              journey.protocolID ?? "cd19-sle")))
      }
      return builtIn
    }
    report.files += 1
    do {
      return try CareProtocol(toml: text, fileName: name)
    } catch {
      report.problems.append(LineProblem(file: name, line: error.line ?? 0, reason: "\(error)"))
      return nil
    }
  }

  /// The lock file, when it is not a plain file, and staging folders of unfinished imports.
  private func checkFolder() -> [LineProblem] {
    var problems: [LineProblem] = []
    switch FileSystem.kind(of: directory.lockFile) {
    case .missing, .file: break
    case let lock:
      problems.append(
        LineProblem(
          file: directory.relative(directory.lockFile), line: 0,
          reason: tr(
            "this is %s, not a plain file, so CareJourney writes nothing here until it is "
              + "removed (CareJourney makes a new one)", lock.noun)))
    }
    let names = ((try? FileSystem.entries(of: directory.root)) ?? nil) ?? []
    for name in names.sorted() where name.hasPrefix(".import-") {
      problems.append(
        LineProblem(
          file: name, line: 0,
          reason: tr(
            "left by a `carejourney import` that did not finish; it keeps the next import out "
              + "of this folder: remove it (`rm -r` it; the backup file still has everything)")))
    }
    return problems
  }

  /// The problem for a missing `journey.jsonl` beside `dayFiles` day files.
  public static func missingJourney(dayFiles: Int) -> LineProblem {
    LineProblem(
      file: "journey.jsonl", line: 0,
      reason: trn(
        "missing, but %d day file exists: the journey's start, phases and signatures are gone "
          + "(deleted or moved); restore journey.jsonl from a backup, the day files are intact",
        "missing, but %d day files exist: the journey's start, phases and signatures are gone "
          + "(deleted or moved); restore journey.jsonl from a backup, the day files are intact",
        count: dayFiles))
  }

  /// What reading one file found, before its ids are compared with other files'.
  struct Examined<T: Sendable>: Sendable {
    /// The file's name in problems (`days/2026/2026-11-22.jsonl`).
    var name: String
    /// Why the file could not be read; nil when it was, or is missing.
    var unreadable: String?
    /// False when there is no such file.
    var exists = true
    var values: [T] = []
    /// Each value's line number, in the same order.
    var lines: [Int] = []
    /// The lines that could not be decoded.
    var problems: [LineProblem] = []
    /// The file's bytes, whose chain ``merge(_:_:_:_:)`` checks.
    var bytes: [UInt8] = []
    /// The `prev` of each line read, by line number.
    var prevs: [(line: Int, prev: String?)] = []
    /// Each decoded line's content without its `prev` (a hash), by line number.
    var contents: [Int: Int] = [:]
  }

  /// Where an id was first used, and that line's content without its `prev` (a hash).
  struct FirstUse {
    var file: String
    var line: Int
    var content: Int
  }

  /// Reads one file and decodes it: each line once (`read`), for what it holds and for its
  /// `prev`, which the chain is checked by. Touches nothing shared, so it may run on any thread
  /// (the hashes are left to ``merge(_:_:_:_:)``, so the two threads share the work).
  func examine<T: Sendable>(
    _ path: String, _ read: (String) -> (value: Result<T, LineCodec.DecodingError>, prev: String?)
  ) -> Examined<T> {
    var examined = Examined<T>(name: directory.relative(path))
    let bytes: [UInt8]
    do {
      guard let read = try FileSystem.readAll(path) else {
        examined.exists = false
        return examined
      }
      bytes = read
    } catch {
      examined.unreadable = error.message
      return examined
    }
    var prevs: [(line: Int, prev: String?)] = []
    var contents: [Int: Int] = [:]
    (examined.values, examined.lines, examined.problems) = JourneyStore.decode(
      LineFile.split(bytes, relativeName: examined.name), name: examined.name
    ) { (line) throws(LineCodec.DecodingError) -> T in
      let (value, prev) = read(line.text)
      prevs.append((line.number, prev))
      let decoded = try value.get()
      contents[line.number] = Verifier.content(line.text, prev: prev)
      return decoded
    }
    examined.contents = contents
    examined.bytes = bytes
    examined.prevs = prevs
    return examined
  }

  /// Adds what was found in one file to the report, with ids used before (in `ids`, which it
  /// adds to), and returns what it could decode.
  private func merge<T>(
    _ examined: Examined<T>, _ id: (T) -> String, _ report: inout Report,
    _ ids: inout [String: FirstUse]
  ) -> Zip2Sequence<[T], [Int]> {
    let name = examined.name
    if let reason = examined.unreadable {
      report.problems.append(LineProblem(file: name, line: 0, reason: reason))
      return zip([], [])
    }
    guard examined.exists else { return zip([], []) }
    report.files += 1
    var found = examined.problems
    let isCopy = SyncConflict.isCopy(FileSystem.baseName(of: name))
    for (value, line) in zip(examined.values, examined.lines) {
      let content = examined.contents[line] ?? 0
      // One look-up a line; the first line with an id stays the one later ones are named after.
      let use = FirstUse(file: name, line: line, content: content)
      guard let first = ids.updateValue(use, forKey: id(value)) else { continue }
      ids[id(value)] = first
      if first.file != name, first.content != content {
        found.append(
          LineProblem(
            file: name, line: line,
            reason: LineMerge.differs(id(value), shown: first.file, first.line),
            kind: .differingDuplicate))
      } else if first.file == name
        || !(isCopy
          || SyncConflict.isCopy(
            FileSystem.baseName(of: first.file)))
      {
        // The same line in a conflict copy and in the file it copies is what such a copy is.
        found.append(
          LineProblem(
            file: name, line: line,
            reason: tr(
              "id %1$s is also used by %2$s:%3$s: a line was copied or written twice", id(value),
              first.file, String(first.line))))
      }
    }
    let chain = Verifier.chainProblems(
      examined.bytes, prevs: examined.prevs, name: name,
      unreadable: Set(examined.problems.map(\.line)))
    report.lines += chain.count
    report.problems += (found + chain.problems).sorted { $0.line < $1.line }
    return zip(examined.values, examined.lines)
  }

  /// A hash of a line's text without its `prev` field: the same line copied into another file
  /// (a conflict copy) has another `prev` but the same content.
  ///
  /// Looked for in the bytes: Foundation's `range(of:)` took a quarter of `verify` at ten years.
  static func content(_ text: String, prev: String?) -> Int {
    var hasher = Hasher()
    var text = text
    text.withUTF8 { line in
      guard let prev, let range = field(prev: prev, in: line) else {
        hasher.combine(bytes: UnsafeRawBufferPointer(line))
        return
      }
      hasher.combine(
        bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[..<range.lowerBound])))
      hasher.combine(range.lowerBound)
      hasher.combine(
        bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[range.upperBound...])))
    }
    return hasher.finalize()
  }

  /// Where `"prev":"<prev>"` is in a line's bytes, the first time; nil when it is not.
  static func field(prev: String, in line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let key: StaticString = "\"prev\":\""
    let keyLength = key.utf8CodeUnitCount
    let pattern = UnsafeRawPointer(key.utf8Start).loadUnaligned(as: UInt64.self)
    let count = keyLength + prev.utf8.count + 1
    guard let base = line.baseAddress, count <= line.count else { return nil }
    // Each `v` (few in a line) that ends a `"prev` followed by `":"`, the key's eight bytes
    // compared as one word.
    var from = 4
    while from <= line.count - count + 4,
      let found = memchr(base + from, Int32(UInt8(ascii: "v")), line.count - count + 5 - from)
    {
      let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - 4
      from = at + 5
      guard UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self) == pattern else { continue }
      let value = UnsafeBufferPointer(start: base + at + keyLength, count: count - keyLength - 1)
      if value.elementsEqual(prev.utf8), base[at + count - 1] == UInt8(ascii: "\"") {
        return at..<at + count
      }
    }
    return nil
  }

  /// Checks each line's `prev` (read with the line, by line number in `prevs`; none for a line
  /// that is not UTF-8) against the hash of the line before it.
  ///
  /// Lines in `unreadable` without a readable `prev` are left alone: they are reported already.
  static func chainProblems(
    _ bytes: [UInt8], prevs: [(line: Int, prev: String?)], name: String, unreadable: Set<Int>
  ) -> (count: Int, problems: [LineProblem]) {
    var lines: [(number: Int, hash: SHA256.Digest, prev: String?)] = []
    var next = 0
    LineFile.forEachLine(in: bytes) { number, content, _ in
      while next < prevs.count, prevs[next].line < number { next += 1 }
      let prev = next < prevs.count && prevs[next].line == number ? prevs[next].prev : nil
      lines.append((number, SHA256.digest(content), prev))
    }
    // Where each hash was first written, looked up only for a line that breaks the chain.
    var written: [SHA256.Digest: Int]?
    func firstWritten(_ hash: SHA256.Digest) -> Int? {
      if written == nil {
        var first: [SHA256.Digest: Int] = [:]
        for line in lines where first[line.hash] == nil { first[line.hash] = line.number }
        written = first
      }
      return written?[hash]
    }

    var problems: [LineProblem] = []
    for (index, line) in lines.enumerated() {
      let before = index > 0 ? lines[index - 1] : nil
      guard let prev = line.prev else {
        if !unreadable.contains(line.number) {
          problems.append(
            LineProblem(
              file: name, line: line.number,
              reason: tr(
                "not chained: this line has no prev (hash of the line before it), so changes "
                  + "around it cannot be detected")))
        }
        continue
      }
      let prevHash = SHA256.Digest(hex: prev)
      if let prevHash, prevHash == (before?.hash ?? SHA256.Digest.zero) { continue }
      var reason: String
      if let before {
        reason =
          "does not follow line \(before.number) — a line was edited, deleted, inserted or "
          + "moved here (an edit of line \(before.number) itself also shows here)"
      } else {
        reason =
          "does not start the chain, as a file's first line does — lines before it were "
          + "deleted, or it was moved here"
      }
      if let prevHash, let other = firstWritten(prevHash), other != before?.number {
        reason += "; it was written after line \(other)"
      } else if prev == LineCodec.genesisHash {
        reason += "; it was written as the first line of a file"
      }
      problems.append(LineProblem(file: name, line: line.number, reason: reason))
    }
    return (lines.count, problems)
  }
}
