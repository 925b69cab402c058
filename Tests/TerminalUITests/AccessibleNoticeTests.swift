import JourneyCore
import Testing

@testable import TerminalUI

/// In accessible frames what just happened is said on one line at the bottom, and nothing
/// changes on the screen unless something happened: a screen reader, which speaks what
/// changed, says each notice once and is not woken by the clock.
@Suite struct AccessibleNoticeTests {
  /// Runs the loop on Today as the program does: `t 38.4 Enter` saved (the save answered as
  /// the runner answers it), then the clock ticking a minute at a time. Returns the frames.
  static func frames(accessible: Bool, ticks: Int = 4) -> [CellBuffer] {
    var data = Fixture.demo()
    var state = Fixture.state(data: data)
    state.accessible = accessible
    let keys = [Key.character("t")] + MemoryBackend.typing("38.4") + [.enter]
    let backend = MemoryBackend(size: Frame.comfortable, keys: keys)
    var minute = 0
    let loop = AppLoop(
      state: state, backend: backend, theme: Theme(name: "test", looks: [:]),
      clock: {
        minute += 1
        return Timestamp(date: Fixture.today, secondOfDay: 9 * 3600 + minute * 60, utcOffset: 3600)
      },
      poll: { nil },
      perform: { effect, _ in
        guard case .log(let bodies) = effect else { return [] }
        for body in bodies {
          data.entries.append(
            Entry(
              id: "saved", recordedAt: data.now, observedAt: data.now, author: state.author,
              body: body))
        }
        return [.saved("Saved: Temperature 38.4 °C"), .loaded(data)]
      })
    loop.run(until: { backend.frames.count > keys.count + ticks })
    return backend.frames
  }

  @Test func theNoticeIsOneLineAtTheBottomAndTheClockChangesNothing() throws {
    let frames = Self.frames(accessible: true)
    let saved = try #require(
      frames.firstIndex { $0.lines.contains(" ✓ Saved: Temperature 38.4 °C") })
    let frame = frames[saved]
    // Said once, in one line, right above the status line.
    #expect(frame.lines.filter { $0.contains("Saved: Temperature 38.4 °C") }.count == 1)
    #expect(frame.lines[22] == " ✓ Saved: Temperature 38.4 °C")
    #expect(frame.lines[23].hasPrefix(" Follow-up, Day +183, Month 6 | Maria Santos (patient)"))
    // Four minutes go by: not one cell changes.
    #expect(frames.count == saved + 5)
    for later in frames[(saved + 1)...] {
      #expect(later == frame)
    }
  }

  /// The same keys without `--accessible`: the clock on Today moves every minute, which is
  /// what accessible frames leave out.
  @Test func withoutItTheClockRedrawsTheHeading() throws {
    let frames = Self.frames(accessible: false, ticks: 2)
    let saved = try #require(
      frames.firstIndex { $0.lines.contains(" ✓ Saved: Temperature 38.4 °C") })
    #expect(frames[saved].lines[7] == " ✓ Saved: Temperature 38.4 °C")
    #expect(frames[saved + 1] != frames[saved])
  }

  /// While a line is typed, the notice (a refusal to fix) sits right above it.
  @Test func aRefusalSitsAboveTheLineBeingTyped() {
    var state = Fixture.state()
    state.accessible = true
    for key in [Key.character("t")] + MemoryBackend.typing("high") + [.enter] {
      _ = reduce(into: &state, .key(key))
    }
    let lines = Frame.render(state, size: Frame.comfortable).lines
    #expect(state.notice?.kind == .error)
    #expect(
      Array(lines[19...23]) == [
        "",
        " ✗ temperature \"high\" is not a number: write it like 38.2, 38,2, 38.2C or",
        "   100.8F",
        "Temperature (°C, e.g. 37.8): high",
        " Follow-up, Day +183, Month 6 | Maria Santos (patient) | Esc cancel  F1 help",
      ])
  }
}
