import JourneyCore
import TerminalUI

extension ScreensRunner {
  /// Runs the screens from `state` on `terminal` until they are left: ticks every 20 ms while
  /// older day files are read (they start after the first frame), and the benchmark's probe
  /// when its environment variables ask for one (``BenchmarkProbe``).
  public func run(state: AppState, on terminal: any TerminalBackend, theme: Theme) {
    let history = self.history
    let ticks = PromptTicks(
      terminal: terminal, busy: { [self] in busy },
      afterFirstFrame: { history.startReadingOlder() })
    let probe = BenchmarkProbe(environment: context.environment, terminal: ticks)
    var announced = false
    /// Tells the benchmark, once, that every day file has been read.
    func announce() {
      guard !announced, !history.reading else { return }
      probe?.historyLoaded()
      announced = true
    }
    announce()
    let loop = AppLoop(
      state: state, backend: probe ?? ticks, theme: theme, tickMilliseconds: 500,
      language: startLanguage, clock: { [context] in context.currentTime() },
      poll: { [self] in
        let data = poll()
        announce()
        return data
      },
      background: { [self] in background() },
      perform: { [self] in perform($0, $1) })
    loop.run(until: { probe?.firstFrameOnly == true })
  }
}
