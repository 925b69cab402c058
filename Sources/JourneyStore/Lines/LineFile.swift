import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Append-only text files of one record per line (`journey.jsonl`, the day files).
///
/// Nothing here ever rewrites what is already in a file: ``append(_:to:)`` adds whole lines with
/// one write and an `fsync`, and ``read(_:relativeName:)`` reports what it cannot use instead of
/// failing. Neither takes the lock: callers that write hold ``StoreLock`` around their appends.
public enum LineFile {
  /// Appends `lines`, each followed by a newline, in one write, then `fsync`s.
  ///
  /// - Every line must be non-empty and hold no `\n` or `\r`; otherwise
  ///   ``StoreError/Code/invalidLine`` is thrown and nothing is written.
  /// - Missing folders are created 0700 and a new file 0600, whatever the umask; the folders
  ///   that hold new entries are synced too, so the new names survive a power cut.
  /// - When the file ends in a torn line (no final newline, from a crash), the write starts
  ///   with a newline: the new lines start fresh and the torn bytes stay exactly as they were.
  /// - When the write fails part-way (disk full, size limit), the file is truncated back to its
  ///   length before this call, removing only the bytes this call wrote, and the error is
  ///   thrown. A new file stays, empty.
  ///
  /// The caller must hold ``StoreLock`` so no one else appends between the length check and the
  /// rollback. An empty `lines` does nothing.
  ///
  /// With `syncing` false nothing is synced (neither the file nor new folders): for a folder
  /// written whole and then made durable at once (``FileSystem/syncTree(_:)``), as an import's
  /// staging folder is, before anything in it counts.
  public static func append(
    _ lines: [String], to path: String, syncing: Bool = true
  ) throws(StoreError) {
    if lines.contains(where: { !isStorable($0) }) {
      throw StoreError(
        code: .invalidLine,
        message: tr(
          "CareJourney refused to write an empty line or one holding a line break to %s, and "
            + "wrote nothing; this is a bug, please report it.", path),
        path: path)
    }
    guard !lines.isEmpty else { return }
    ignoreFileSizeSignal()

    var created = try FileSystem.makeDirectories(FileSystem.parent(of: path))
    let (fd, isNew) = try openForAppend(path)
    defer { close(fd) }
    if isNew {
      created.append(path)
      guard fchmod(fd, FileSystem.fileMode) == 0 else {
        throw StoreError(errno: errno, path: path, action: .setPermissions)
      }
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw StoreError(errno: errno, path: path, action: .lookAt)
    }
    let originalLength = info.st_size

    var bytes: [UInt8] = []
    bytes.reserveCapacity(lines.reduce(1) { $0 + $1.utf8.count + 1 })
    if originalLength > 0, try lastByte(of: fd, length: originalLength, path: path) != newline {
      bytes.append(newline)
    }
    for line in lines {
      bytes.append(contentsOf: line.utf8)
      bytes.append(newline)
    }

    do throws(StoreError) {
      try writeAll(bytes, to: fd, path: path)
      guard !syncing || fsync(fd) == 0 else {
        throw StoreError(errno: errno, path: path, action: .save)
      }
    } catch {
      // Undo only our own bytes; the error that matters is the one that made us undo.
      if ftruncate(fd, originalLength) == 0, syncing { _ = fsync(fd) }
      throw error
    }
    if syncing { try FileSystem.syncParents(of: created) }
  }

  /// Makes a file growing past `ulimit -f` fail with `EFBIG` instead of killing the process.
  ///
  /// ``append(_:to:)`` calls it every time (a cheap system call), so it holds even when
  /// something reset the signal in between; calling it again changes nothing.
  public static func ignoreFileSizeSignal() {
    _ = signal(SIGXFSZ, SIG_IGN)
  }

  static let newline = UInt8(ascii: "\n")

  /// A line is storable when it is non-empty and holds no line break.
  static func isStorable(_ line: String) -> Bool {
    !line.isEmpty && !line.utf8.contains { $0 == newline || $0 == UInt8(ascii: "\r") }
  }

  /// Opens for appending (read too, to see the last byte); tells whether this call created it.
  ///
  /// An existing file is opened only when it is a regular file of a sane size: a symbolic
  /// link is never followed (appending through one wrote into whatever it pointed at), and a
  /// named pipe, a folder or a file over ``DataDirectory/largestFile`` is refused.
  private static func openForAppend(_ path: String) throws(StoreError) -> (Int32, Bool) {
    let flags = O_RDWR | O_APPEND
    // Three tries: the file may be removed between the two opens by someone else.
    for _ in 0..<3 {
      let fresh = FileSystem.retryingInterrupts {
        open(path, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
      }
      if fresh >= 0 { return (fresh, true) }
      guard errno == EEXIST else { break }
      if let existing = try FileSystem.openRegular(path, flags, action: .addTo) {
        return (existing, false)
      }
    }
    throw StoreError(errno: errno, path: path, action: .open)
  }

  private static func lastByte(
    of fd: Int32, length: off_t, path: String
  ) throws(StoreError) -> UInt8 {
    var byte: UInt8 = 0
    let count = FileSystem.retryingInterrupts { pread(fd, &byte, 1, length - 1) }
    guard count == 1 else {
      throw StoreError(errno: count < 0 ? errno : EIO, path: path, action: .read)
    }
    return byte
  }

  /// One `write` for all the bytes, repeated only for what a partial write left over.
  private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(StoreError) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return FileSystem.retryingInterrupts { write(fd, base + written, buffer.count - written) }
      }
      guard count > 0 else {
        throw StoreError(errno: count < 0 ? errno : EIO, path: path, action: .writeTo)
      }
      written += count
    }
  }
}
