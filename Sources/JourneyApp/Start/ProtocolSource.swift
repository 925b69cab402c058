import Foundation
import JourneyCore

/// Where a new journey's protocol comes from: a built-in name (cd19-sle) or a TOML file.
public enum ProtocolSource {
  /// The protocol text and its parsed form, from a built-in name or a file.
  public static func load(_ nameOrPath: String) throws -> (text: String, care: CareProtocol) {
    let text: String
    if let builtIn = CareProtocol.builtInText(named: nameOrPath) {
      text = builtIn
    } else if let data = FileManager.default.contents(atPath: nameOrPath) {
      text = String(decoding: data, as: UTF8.self)
    } else {
      throw AppError(
        tr(
          "--protocol %1$s is neither a built-in protocol (%2$s) nor a readable file", nameOrPath,
          CareProtocol.builtInNames.joined(separator: ", ")))
    }
    do {
      return (text, try CareProtocol.reading(toml: text, fileName: nameOrPath))
    } catch {
      throw AppError("\(error)")
    }
  }
}
