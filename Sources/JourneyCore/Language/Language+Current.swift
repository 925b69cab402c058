extension Language {
  /// The language this run speaks to the person at the keyboard: the command line and the
  /// screens set it once they have chosen it (``LanguageChoice``), for everything they run;
  /// ``tr(_:_:context:)`` reads it. A test sets it for what it renders:
  ///
  /// ```swift
  /// Language.$current.withValue(.german) { TodayScreen.render(state, into: &buffer) }
  /// ```
  @TaskLocal public static var current: Language = .english
}
