import Foundation

/// A calendar export read back: unfolded content lines, and the events with their properties.
struct ICSCalendar {
  struct Event {
    /// Property lines by name (`DTSTART`), the value after the first colon.
    var properties: [String: String]
    /// The lines between BEGIN:VALARM and END:VALARM, one array per alarm.
    var alarms: [[String]]

    subscript(name: String) -> String? { properties[name] }
  }

  var lines: [String]
  var events: [Event]

  init(_ text: String) {
    // RFC 5545 §3.1: unfolding removes every CRLF followed by one space or tab.
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
      .replacingOccurrences(of: "\r\n\t", with: "")
    lines = unfolded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    events = []
    var current: Event?
    var alarm: [String]?
    for line in lines {
      switch line {
      case "BEGIN:VEVENT": current = Event(properties: [:], alarms: [])
      case "END:VEVENT":
        if let event = current { events.append(event) }
        current = nil
      case "BEGIN:VALARM": alarm = []
      case "END:VALARM":
        if let done = alarm { current?.alarms.append(done) }
        alarm = nil
      default:
        if alarm != nil {
          alarm?.append(line)
        } else if let colon = line.firstIndex(of: ":") {
          let name = line[..<colon].split(separator: ";").first.map(String.init) ?? ""
          current?.properties[name] = String(line[line.index(after: colon)...])
        }
      }
    }
  }

  func events(withUIDPrefix prefix: String) -> [Event] {
    events.filter { $0["UID"]?.hasPrefix(prefix) == true }
  }
}
