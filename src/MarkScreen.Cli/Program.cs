using System.CommandLine;
using MarkScreen.Cli.Commands;

// Logs and pipes get wide, unwrapped tables instead of the 80-column default.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 200;

var root = new RootCommand("MarkScreen: screen e-commerce listings for registered trademarks and counterfeits.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(MarksCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(MatchCommand.Create());
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(KnockoffsCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(FetchCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
return await root.Parse(args).InvokeAsync();
