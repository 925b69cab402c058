import JourneyCore

/// Lines of one kind read from several files (the devices' files for one day, or their journey
/// files) merged into one history: the union by id, in time order.
///
/// Each file's own order is kept (a file is one writer's history); between files, the line
/// written first comes first, and at the same moment the earlier file's (the data folder's own
/// files come before the devices', in id order). A line whose id came already is left out: the
/// same line in a conflict copy and in the file it copies. When its content differs (two
/// devices wrote different lines under one id) it is left out too, and reported: the first
/// one read is the one shown, and both stay in their files.
enum LineMerge {
  /// One file's decoded lines, in file order, with their line numbers.
  struct Source<T> {
    var name: String
    var values: [T]
    /// Each value's line number, in the same order.
    var lines: [Int]
  }

  /// The merged lines and a problem for each line left out because another line had its id
  /// with other content. One source is returned as it is, in file order.
  static func merge<T>(
    _ sources: [Source<T>], time: (T) -> Timestamp, id: (T) -> String, same: (T, T) -> Bool
  ) -> (values: [T], problems: [LineProblem]) {
    if sources.count == 1 { return (sources[0].values, []) }
    var heads = Array(repeating: 0, count: sources.count)
    var values: [T] = []
    values.reserveCapacity(sources.reduce(0) { $0 + $1.values.count })
    var seen: [String: (source: Int, index: Int)] = [:]
    var problems: [LineProblem] = []
    while true {
      var next: Int?
      for source in sources.indices where heads[source] < sources[source].values.count {
        let candidate = time(sources[source].values[heads[source]])
        if let best = next, time(sources[best].values[heads[best]]) <= candidate {
          continue
        }
        next = source
      }
      guard let source = next else { break }
      let value = sources[source].values[heads[source]]
      let line = sources[source].lines[heads[source]]
      heads[source] += 1
      if let first = seen[id(value)] {
        let kept = sources[first.source].values[first.index]
        if !same(kept, value) {
          problems.append(
            LineProblem(
              file: sources[source].name, line: line,
              reason: LineMerge.differs(
                id(value), shown: sources[first.source].name,
                sources[first.source].lines[first.index]),
              kind: .differingDuplicate))
        }
        continue
      }
      seen[id(value)] = (source, heads[source] - 1)
      values.append(value)
    }
    return (values, problems)
  }

  /// The same for lines read already, without their line numbers (a day's files the screens
  /// read one at a time): a line whose id came already is left out, and counted in
  /// `differing` when its content differs.
  static func merged<T>(
    _ lists: [[T]], time: (T) -> Timestamp, id: (T) -> String, same: (T, T) -> Bool
  ) -> (values: [T], differing: Int) {
    let sources = lists.map {
      Source(name: "", values: $0, lines: Array(repeating: 0, count: $0.count))
    }
    let merged = merge(sources, time: time, id: id, same: same)
    return (merged.values, merged.problems.count)
  }

  /// Why a line with an id used before with other content is not shown.
  static func differs(_ id: String, shown file: String, _ line: Int) -> String {
    "id \(id) is also used by \(file):\(line) with other content: two devices wrote different "
      + "lines under one id (a copied or forged file); the line at \(file):\(line) is shown, "
      + "both are kept in their files"
  }
}
