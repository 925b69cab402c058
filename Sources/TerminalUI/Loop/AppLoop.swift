import JourneyCore

/// Runs the app: draws a frame, waits for a key (or a tick), reduces, performs the effects.
///
/// Everything outside the screens comes in through closures, so tests run the same loop with a
/// ``MemoryBackend`` and an in-memory store.
///
/// The screens speak the patient's language (``JourneyData/languages``), or before there is a
/// journey the one given: every frame, every notice and every view is made with
/// ``Language/current`` set to it.
public final class AppLoop {
  /// Performs an effect (writes, reads) and returns what happened, as actions.
  public typealias Perform = (Effect, AppState) -> [Action]

  public private(set) var state: AppState
  let backend: any TerminalBackend
  let theme: Theme
  let perform: Perform
  /// Data read again when another terminal changed the files; nil when nothing changed.
  let poll: () -> JourneyData?
  /// What background effects (an export) have finished since last asked.
  let background: () -> [Action]
  let clock: () -> Timestamp
  let tickMilliseconds: Int
  /// The language before there is a journey (the Start screen).
  let language: Language

  public init(
    state: AppState, backend: any TerminalBackend, theme: Theme, tickMilliseconds: Int = 500,
    language: Language = .english, clock: @escaping () -> Timestamp,
    poll: @escaping () -> JourneyData?, background: @escaping () -> [Action] = { [] },
    perform: @escaping Perform
  ) {
    self.language = language
    self.background = background
    self.state = state
    self.backend = backend
    self.theme = theme
    self.tickMilliseconds = tickMilliseconds
    self.clock = clock
    self.poll = poll
    self.perform = perform
  }

  /// The language the screens speak now: the patient's, else the one given.
  public var speaking: Language { state.data?.languages.patient ?? language }

  /// Runs until `q`, or until the backend has no more keys (a script ends).
  public func run(until stop: () -> Bool = { false }) {
    draw()
    while !state.quitting && !stop() && !backend.closed {
      if let key = backend.readKey(timeoutMilliseconds: tickMilliseconds) {
        send(.key(key))
      } else {
        send(.tick(clock()))
        if let data = poll() { send(.loaded(data)) }
        for action in background() { send(action) }
      }
      draw()
    }
  }

  /// Reduces an action and performs the effects it asks for, feeding their results back.
  public func send(_ action: Action) {
    var pending = [action]
    while !pending.isEmpty {
      let next = pending.removeFirst()
      let effects = Language.$current.withValue(speaking) { reduce(into: &state, next) }
      for effect in effects where effect != .quit {
        pending += Language.$current.withValue(speaking) { perform(effect, state) }
      }
    }
  }

  /// Draws the current state at the backend's size.
  public func draw() {
    let frame = Language.$current.withValue(speaking) { Frame.render(state, size: backend.size) }
    backend.draw(frame, theme: theme)
  }
}
