import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the data directory could not be read or written, with a sentence a person can act on.
///
/// Callers `catch` by ``code``; ``message`` is shown as it is: it names the path, says what went
/// wrong and what to do about it.
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The kinds of failure a caller may want to tell apart.
  public enum Code: Equatable, Sendable {
    /// Permissions, a read-only disk, or a file where a folder should be.
    case notWritable
    /// A file cannot be opened for reading (its permissions).
    case notReadable
    /// No space (or no quota) left on the disk.
    case diskFull
    /// The file reached the largest size the system allows (`ulimit -f`).
    case fileTooLarge
    /// The advisory lock that keeps two windows from writing at once could not be taken.
    case lockFailed
    /// A line to append was empty or held a line break (a programming error).
    case invalidLine
    /// A symbolic link, a folder, a named pipe or a device where a file belongs: never
    /// followed, read or written.
    case notAFile
    /// A file larger than any CareJourney writes (``DataDirectory/largestFile``): not read.
    case tooLarge
    /// Any other input/output failure.
    case io
  }

  /// The kind of failure.
  public let code: Code
  /// One plain sentence: what went wrong, where, and what to do.
  public let message: String
  /// The file or folder concerned.
  public let path: String

  /// The message, as shown to people.
  public var description: String { message }

  init(code: Code, message: String, path: String) {
    self.code = code
    self.message = message
    self.path = path
  }

  /// Builds the error for a failed system call from its `errno`.
  ///
  /// - Parameters:
  ///   - number: the `errno` value.
  ///   - path: the file or folder the call was about.
  ///   - action: what was being done (``StoreAction``), written whole in the sentence.
  init(errno number: Int32, path: String, action: StoreAction) {
    let reason = StoreError.systemReason(number)
    self.path = path
    switch number {
    case ENOSPC, EDQUOT:
      code = .diskFull
      message = tr(
        "The disk is full, so CareJourney could not %s; free some space and try again.",
        action.phrase(path))
    case EFBIG:
      code = .fileTooLarge
      message = tr(
        "%1$s is as large as this system allows files to be (see `ulimit -f`), so CareJourney "
          + "could not %2$s; raise the limit and try again.", path, action.onIt)
    case EACCES, EPERM, EROFS:
      code = .notWritable
      message = tr(
        "CareJourney could not %1$s (%2$s); check the owner and permissions of that folder, or "
          + "choose another one with --data.", action.phrase(path), reason)
    case ENOTDIR, EISDIR, EEXIST:
      code = .notWritable
      message = tr(
        "CareJourney could not %1$s because a file and a folder are in each other's place "
          + "(%2$s); move the one in the way, or choose another folder with --data.",
        action.phrase(path), reason)
    default:
      code = .io
      message = tr(
        "CareJourney could not %1$s (%2$s); check the disk and try again.", action.phrase(path),
        reason)
    }
  }

  /// The system's reason for `errno` `number` as the C library words it (`strerror`), in
  /// ``Language/current``: "No space left on device", "Kein Platz mehr auf dem Gerät". An
  /// `errno` a patient is unlikely to meet keeps the C library's English words, with its number.
  public static func systemReason(_ number: Int32) -> String {
    if let known = knownReason(number) { return known }
    guard let words = strerror(number).map({ String(cString: $0) }), !words.isEmpty else {
      return "errno \(number)"
    }
    return "\(words), errno \(number)"
  }

  /// The words for the `errno` values a data folder can meet (a full disk, permissions, a
  /// missing or moved file, a busy or vanished device), as the C library's catalogs say them.
  static func knownReason(_ number: Int32) -> String? {
    switch number {
    case ENOSPC: tr("No space left on device")
    case EDQUOT: tr("Disk quota exceeded")
    case EACCES: tr("Permission denied")
    case EPERM: tr("Operation not permitted")
    case EROFS: tr("Read-only file system")
    case ENOENT: tr("No such file or directory")
    case ENOTDIR: tr("Not a directory")
    case EISDIR: tr("Is a directory")
    case EEXIST: tr("File exists")
    case ELOOP: tr("Too many levels of symbolic links")
    case ENAMETOOLONG: tr("File name too long")
    case EFBIG: tr("File too large")
    case EIO: tr("Input/output error")
    case EMFILE: tr("Too many open files")
    case ENFILE: tr("Too many open files in system")
    case EBUSY: tr("Device or resource busy")
    case ETXTBSY: tr("Text file busy")
    // EWOULDBLOCK is EAGAIN on Linux and macOS.
    case EAGAIN: tr("Resource temporarily unavailable")
    case EINTR: tr("Interrupted system call")
    case ENOMEM: tr("Cannot allocate memory")
    case EXDEV: tr("Invalid cross-device link")
    case ENOTEMPTY: tr("Directory not empty")
    case ESTALE: tr("Stale file handle")
    case ENODEV: tr("No such device")
    case ENXIO: tr("No such device or address")
    default: nil
    }
  }
}

extension StoreError {
  /// `path` is a link, a folder, a pipe or a device where a file belongs.
  static func notAFile(_ path: String, _ kind: FileSystem.Kind, action: StoreAction)
    -> StoreError
  {
    let message =
      kind == .symbolicLink
      ? tr(
        "%1$s is a symbolic link, and CareJourney follows no link inside its data folder (it "
          + "could point anywhere), so it did not %2$s; put the real file or folder in its "
          + "place, or remove the link.", path, action.onIt)
      : tr(
        "%1$s is %2$s, not a file, so CareJourney did not %3$s; move it away, and put the file "
          + "back from a backup if it was one of the journey's.", path, kind.noun, action.onIt)
    return StoreError(code: .notAFile, message: message, path: path)
  }

  /// `path` is larger than any file CareJourney writes (``DataDirectory/largestFile``).
  static func tooLarge(_ path: String, size: Int, action: StoreAction) -> StoreError {
    StoreError(
      code: .tooLarge,
      message: tr(
        "%1$s is %2$s, larger than any file CareJourney writes (at most %3$s; ten years of "
          + "history take about 10 MB in all), so CareJourney did not %4$s: it is damaged or "
          + "not CareJourney's; move it away and restore it from a backup.", path,
        FileSystem.sizeText(size), FileSystem.sizeText(DataDirectory.largestFile), action.onIt),
      path: path)
  }
}
