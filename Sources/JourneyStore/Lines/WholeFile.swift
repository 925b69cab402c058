#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written whole or not at all: protocol copies and exports.
public enum WholeFile {
  /// The text of a small file of the data folder (never through a link or a pipe, never over
  /// ``DataDirectory/largestFile``); nil when there is none.
  public static func readText(_ path: String) throws(StoreError) -> String? {
    try FileSystem.readAll(path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Writes `contents` to a temporary file beside `path`, fsyncs it, then puts it in place and
  /// fsyncs the folder, so a crash or a full disk leaves either no file or the whole file.
  ///
  /// When `replacing` is false an existing file is never touched: the temporary file is linked to
  /// `path`, which fails if anything is there, even a file another program made a moment ago.
  /// The file is owner-only (0600): it holds health data.
  ///
  /// The temporary file has a name of its own (`.NAME.1f3a9c.partial`), created exclusively and
  /// never through a link: a link planted at a predictable name would have had its target
  /// overwritten, and a file of that name would have been deleted. Two writers of the same
  /// path never share one.
  public static func write(_ path: String, contents: String, replacing: Bool) throws {
    try write(path, replacing: replacing) { emit in try emit(contents) }
  }

  /// The same, with the text handed over in pieces by `produce` (each piece goes to the
  /// temporary file as it comes), so a large export is never held whole.
  public static func write(
    _ path: String, replacing: Bool,
    _ produce: (_ emit: (String) throws -> Void) throws -> Void
  ) throws {
    try write(
      path, replacing: replacing,
      bytes: { emit in
        try withoutActuallyEscaping(emit) { emit in
          try produce { piece in
            var piece = piece
            try piece.withUTF8(emit)
          }
        }
      })
  }

  /// The same, the pieces handed over as their UTF-8 bytes: an export written as bytes need
  /// not make a string of each piece. A large file starts for the disk as it is written
  /// (``WriteBehind``), so its `fsync` waits for the last few megabytes only.
  public static func write(
    _ path: String, replacing: Bool,
    bytes produce: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void
  ) throws {
    let (temporary, fd) = try createTemporary(beside: path)
    fchmod(fd, FileSystem.fileMode)
    do {
      let behind = WriteBehind(fd: fd)
      defer { behind.finish() }
      var written: Int64 = 0
      try produce { piece in
        guard writeAll(fd, piece) else {
          throw StoreError(errno: errno == 0 ? ENOSPC : errno, path: path, action: .write)
        }
        written += Int64(piece.count)
        behind.wrote(upTo: written)
      }
      behind.finish()
      guard fsync(fd) == 0 else {
        throw StoreError(errno: errno, path: path, action: .write)
      }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    let placed = replacing ? rename(temporary, path) : link(temporary, path)
    let placeError = errno
    if placed != 0 || !replacing { unlink(temporary) }
    guard placed == 0 else {
      throw StoreError(
        errno: placeError, path: path, action: replacing ? .renameTo : .create)
    }
    try FileSystem.syncDirectory(FileSystem.parent(of: path))
  }

  /// A new file with a random name beside `path`, created with `O_EXCL | O_NOFOLLOW` (a name
  /// already taken, by a file or a link, is never opened: another is tried).
  static func createTemporary(beside path: String) throws(StoreError) -> (String, Int32) {
    let folder = FileSystem.parent(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? "export"
    var number: Int32 = EEXIST
    for _ in 0..<16 {
      let random = String(UInt64.random(in: 1...UInt64.max), radix: 16)
      let temporary = folder + "/." + name + "." + random + ".partial"
      let fd = FileSystem.retryingInterrupts {
        open(
          temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
      }
      if fd >= 0 { return (temporary, fd) }
      number = errno
      guard number == EEXIST else { break }
    }
    throw StoreError(errno: number, path: path, action: .create)
  }

  /// Writes every byte of `buffer` to `fd`; false when the system refuses (errno says why).
  static func writeAll(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let written = FileSystem.retryingInterrupts {
        systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}

/// `write(2)`, named apart from ``WholeFile/write(_:contents:replacing:)``.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}
