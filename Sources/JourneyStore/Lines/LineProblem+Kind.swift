extension LineProblem {
  /// What a problem is about: damage (a line or a file that cannot be read, or is wrong), a
  /// sync tool's conflict copy (read and merged, named so the care circle knows), or a line
  /// left out because another line has its id with other content.
  public enum Kind: Hashable, Sendable {
    /// A line or a file that could not be read or is wrong.
    case damage
    /// A sync tool's conflict copy, read and merged by id with the file it copies.
    case conflictCopy
    /// A line not shown because an earlier line has its id with other content.
    case differingDuplicate
  }
}
