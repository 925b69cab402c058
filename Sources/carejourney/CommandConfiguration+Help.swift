import ArgumentParser

extension CommandConfiguration {
  /// A command by its name, its line in the command list (``CommandAbstract``) and its
  /// `--help` below the options (``CommandHelp``), both in the run's language.
  init(
    _ name: String, _ abstract: String, _ discussion: String = "",
    subcommands: [any ParsableCommand.Type] = [],
    defaultSubcommand: (any ParsableCommand.Type)? = nil
  ) {
    self.init(
      commandName: name, abstract: abstract, discussion: discussion, subcommands: subcommands,
      defaultSubcommand: defaultSubcommand)
  }
}
