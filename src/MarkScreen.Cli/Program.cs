using System.CommandLine;
using MarkScreen.Cli.Commands;

var root = new RootCommand("MarkScreen: screen e-commerce listings for registered trademarks and counterfeits.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(MarksCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
//FETCH
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
return await root.Parse(args).InvokeAsync();
