import JourneyCore
@testable import TerminalUI

/// The demo journey as screen data, at a fixed moment (no clock, no files).
enum Fixture {
  static let care: CareProtocol = {
    do {
      guard let care = try CareProtocol.builtIn(named: "cd19-sle") else { fatalError("no protocol") }
      return care
    } catch { fatalError("\(error)") }
  }()

  static let today = LocalDate(year: 2026, month: 11, day: 22)!
  static let now = Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600)

  static func demo(now: Timestamp = now) -> JourneyData {
    let demo = DemoJourney(today: now.date, protocol: care, utcOffset: 3600)
    return JourneyData(
      journey: Journey(events: demo.events), entries: demo.entries, care: care, unreadableLines: 0,
      now: now)
  }

  static func state(role: Role = .patient, readOnly: Bool = false, data: JourneyData? = demo())
    -> AppState
  {
    AppState(
      author: Author(role: role, name: role == .nurse ? "Ana Weber" : "Maria Santos"),
      readOnly: readOnly, data: data, now: now)
  }

  /// An app loop over a memory backend whose effects write into an in-memory journey, the way
  /// the real runtime writes into the files.
  final class Harness {
    let backend: MemoryBackend
    var data: JourneyData
    var events: [JourneyEvent]
    let loop: AppLoop
    var counter = 0

    init(role: Role = .patient, size: Size = Size(width: 80, height: 24), keys: [Key] = [], data: JourneyData = Fixture.demo()) {
      backend = MemoryBackend(size: size, keys: keys)
      self.data = data
      events = data.journey.events
      var box: Harness?
      loop = AppLoop(
        state: Fixture.state(role: role, data: data), backend: backend,
        theme: Theme(name: "test", looks: [:]), clock: { data.now }, poll: { nil },
        perform: { effect, state in box?.perform(effect, state) ?? [] })
      box = self
    }

    func perform(_ effect: Effect, _ state: AppState) -> [Action] {
      counter += 1
      switch effect {
      case .log(let bodies):
        for body in bodies {
          data.entries.append(Entry(id: "t\(counter)", recordedAt: data.now, observedAt: data.now, author: state.author, body: body))
        }
        return [.saved("Saved."), .loaded(data)]
      case .record(let body):
        let event = JourneyEvent(id: "t\(counter)", recordedAt: data.now, author: state.author, body: body)
        do {
          data.journey = try data.journey.checkNew(event, today: data.today)
        } catch {
          return [.failed(error.message)]
        }
        return [.saved("Saved."), .loaded(data)]
      case .reload: return [.loaded(data)]
      default: return []
      }
    }

    func run() { loop.run(until: { backend.keys.isEmpty }) }
    var screen: [String] { backend.lastFrame?.lines ?? [] }
    var text: String { screen.joined(separator: "\n") }
  }
}
